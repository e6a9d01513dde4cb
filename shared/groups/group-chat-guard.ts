/**
 * How the groups' chat handlers answer a refusal: not a manager, an unknown group, the last
 * manager, an invitation under way… become a notice in the clicker's language rather than an
 * error. A field error (validation_failed) goes on to the dialog, which shows it on its field.
 */
import type { ActionRequest, ActionResult } from '../actions/dispatcher.js';
import { isAppError } from '../errors/errors.js';
import { translate } from '../i18n/i18n.js';

export const guarded =
  <P>(run: (payload: P, request: ActionRequest) => Promise<ActionResult>) =>
  async (payload: P, request: ActionRequest): Promise<ActionResult> => {
    try {
      return await run(payload, request);
    } catch (error) {
      if (isAppError(error) && error.text && error.code !== 'validation_failed') {
        const params = Object.fromEntries(
          Object.entries(error.text.params ?? {}).filter(
            (e): e is [string, string | number] => typeof e[1] !== 'object',
          ),
        );
        return { notice: translate(request.locale, error.text.key, params) };
      }
      throw error;
    }
  };
