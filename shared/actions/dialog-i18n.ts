/** Strings of the dialog plumbing (shortcuts, dialogs opened from commands), spread into en.ts / fr.ts. */
export const dialogEn = {
  // a command that answers with a form, typed where no dialog can open at once: the card's button
  'dialog.open': 'Open',
  // a dialog submit refused by the feature: the form is shown again under this line and the reasons
  'dialog.invalid': 'Please check the form:',
} as const;

export const dialogFr: Record<keyof typeof dialogEn, string> = {
  'dialog.open': 'Ouvrir',
  'dialog.invalid': 'Veuillez vérifier le formulaire :',
};
