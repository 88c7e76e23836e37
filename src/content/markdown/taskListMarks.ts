/**
 * GFM task-list checkboxes become text: a disabled checkbox has no accessible name and cannot be
 * used anyway, so a reader hears "done" or "not done" and sees ☑ or ☐. The words come in as
 * options, in the story's language (they are settings of the render, not read from the site's
 * word tables, so a change to another word of the site does not render every body again).
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The words a task mark is read out as. */
export interface TaskWords {
  taskDone: string;
  taskOpen: string;
}

export function taskListMarks(words: TaskWords) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return;
      if (!parent || index === undefined) return;
      const done = Boolean(node.properties.checked);
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: {
          className: ['task'],
          role: 'img',
          ariaLabel: done ? words.taskDone : words.taskOpen,
        },
        children: [{ type: 'text', value: done ? '☑' : '☐' }],
      } satisfies Element;
      return SKIP;
    });
  };
}
