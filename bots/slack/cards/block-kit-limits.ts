/**
 * Block Kit limits the renderer respects (Block Kit reference pages; the same numbers appear in
 * `@slack/types` JSDoc). Where the page and the types disagree, the stricter value is kept.
 */
export const slackLimits = {
  messageBlocks: 50,
  viewBlocks: 100,
  viewBytes: 250_000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  contextElements: 10,
  contextText: 2000,
  imageAlt: 2000,
  inputLabel: 2000,
  placeholder: 150,
  plainTextInput: 3000,
  staticSelectOptions: 100,
  radioOptions: 10,
  optionText: 75,
  optionValue: 75,
  viewTitle: 24,
  privateMetadata: 3000,
  /** our own cap: a longer text is cut rather than pushing later blocks past the block limit */
  sectionsPerText: 6,
  /** Slack truncates message text at 40,000; notifications only need a line */
  fallbackText: 3000,
} as const;
