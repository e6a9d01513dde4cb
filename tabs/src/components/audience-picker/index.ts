/** The console's one audience picker, its reach count and the confirmation before a large send. */
export { type AudienceApi, audienceApi } from './audience-api.js';
export { AudiencePicker } from './audience-picker.js';
export { type Choice, ChoiceTagPicker } from './choice-tag-picker.js';
export {
  audienceBodyOf,
  emptyPicked,
  isPicked,
  type PickedAudience,
  pickedOf,
} from './picked-audience.js';
export { useSendConfirmation } from './send-confirmation.js';
