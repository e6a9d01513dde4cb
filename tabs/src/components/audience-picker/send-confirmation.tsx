/**
 * Before a send: the reach counted once more, and a dialog naming it when the send goes to
 * everyone or to more than 100 people. A scheduled send that reaches nobody yet (its people may
 * arrive before it goes) asks the author to say so, with a checkbox: the API's `allowEmpty`.
 * `confirm` resolves false when the author goes back, else what they agreed to.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { AudienceApi } from './audience-api.js';
import { useAudienceText } from './audience-text.js';
import { audienceBodyOf, needsConfirmation, type PickedAudience } from './picked-audience.js';

interface Asking {
  people: number;
  everyone: boolean;
  /** scheduled, and reaching nobody now: the checkbox must be ticked to go ahead */
  empty: boolean;
}

/** What the author agreed to: `allowEmpty` for a scheduled send that reaches nobody yet. */
export interface SendConsent {
  allowEmpty: boolean;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function useSendConfirmation(api: AudienceApi): {
  confirm(picked: PickedAudience, options?: { scheduled?: boolean }): Promise<false | SendConsent>;
  dialog: ReactNode;
} {
  const { at } = useAudienceText();
  const styles = useStyles();
  const [asking, setAsking] = useState<Asking>();
  const [allowEmpty, setAllowEmpty] = useState(false);
  const answer = useRef<(consent: false | SendConsent) => void>(() => {});

  const confirm = useCallback(
    async (picked: PickedAudience, options: { scheduled?: boolean } = {}) => {
      const reach = await api.reach(audienceBodyOf(picked));
      const empty = Boolean(options.scheduled) && reach.people + reach.channels === 0;
      // an unscheduled send to nobody goes on to the server, which refuses it in words (audience_empty)
      if (!empty && !needsConfirmation(picked, reach)) return { allowEmpty: false };
      return new Promise<false | SendConsent>((resolve) => {
        answer.current = resolve;
        setAllowEmpty(false);
        setAsking({ people: reach.people, everyone: picked.everyone, empty });
      });
    },
    [api],
  );
  const close = (consent: false | SendConsent) => {
    setAsking(undefined);
    answer.current(consent);
  };

  const people = asking?.people ?? 0;
  const dialog = (
    <Dialog open={asking !== undefined} modalType="alert" onOpenChange={(_e, d) => !d.open && close(false)}>
      <DialogSurface data-testid="audience-confirm">
        <DialogBody>
          <DialogTitle>
            {asking?.empty ? at('audience.confirm.empty_title') : at('audience.confirm.title', { people })}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {asking?.empty ? (
              <>
                <span>{at('audience.confirm.empty')}</span>
                <Checkbox
                  checked={allowEmpty}
                  onChange={(_e, d) => setAllowEmpty(d.checked === true)}
                  label={at('audience.confirm.allow_empty')}
                />
              </>
            ) : asking?.everyone ? (
              at('audience.confirm.everyone', { people })
            ) : (
              at('audience.confirm.many', { people })
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={asking?.empty === true && !allowEmpty}
              onClick={() => close({ allowEmpty: asking?.empty === true && allowEmpty })}
            >
              {asking?.empty ? at('audience.confirm.schedule') : at('audience.confirm.send', { people })}
            </Button>
            <Button onClick={() => close(false)}>{at('audience.confirm.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { confirm, dialog };
}
