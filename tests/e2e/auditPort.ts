/** The port the Lighthouse project's Chromium listens on for the DevTools protocol. */
export const AUDIT_DEBUG_PORT = 9333;
