/**
 * Words in a byline that name no one: a job title printed beside the name (`Jane Doe, City Hall
 * Reporter`) or a news agency (`Jane Doe, AP`), which belong in a profile's `role:` and in
 * `source:`.
 */

/** Words of a job title, as newsrooms print them under a byline, in English and Spanish. */
const TITLE_WORDS =
  /(?:^|\s)(?:reporter|correspondent|editor|writer|staff|bureau|chief|producer|photographer|photojournalist|columnist|analyst|contributor|journalist|intern|critic|redactora?|periodista|corresponsal|fotógrafa?|columnista|enviada? especial)(?=$|\s)/iu;

/** News agencies, credited as the story's source. */
const AGENCIES =
  /^(?:the )?(?:AP|Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|UPI|dpa|EFE|ANSA|Kyodo(?: News)?|Xinhua|PA(?: Media)?|Press Association|Europa Press)$/iu;

/** What a piece of a byline is when it is not a person's name: a job title or an agency. */
export function notAName(text: string): 'a job title' | 'a news agency' | undefined {
  const words = text.trim();
  if (AGENCIES.test(words)) return 'a news agency';
  return TITLE_WORDS.test(words) ? 'a job title' : undefined;
}
