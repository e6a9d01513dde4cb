/**
 * Before a send: the reach counted once more, and a dialog naming it when the send goes to
 * everyone or to more than 100 people. `confirm` resolves true when the author goes ahead.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { AudienceApi } from './audience-api.js';
import { useAudienceText } from './audience-text.js';
import { audienceBodyOf, needsConfirmation, type PickedAudience } from './picked-audience.js';

interface Asking {
  people: number;
  everyone: boolean;
}

export function useSendConfirmation(api: AudienceApi): {
  confirm(picked: PickedAudience): Promise<boolean>;
  dialog: ReactNode;
} {
  const { at } = useAudienceText();
  const [asking, setAsking] = useState<Asking>();
  const answer = useRef<(yes: boolean) => void>(() => {});

  const confirm = useCallback(
    async (picked: PickedAudience) => {
      const reach = await api.reach(audienceBodyOf(picked));
      if (!needsConfirmation(picked, reach)) return true;
      return new Promise<boolean>((resolve) => {
        answer.current = resolve;
        setAsking({ people: reach.people, everyone: picked.everyone });
      });
    },
    [api],
  );
  const close = (yes: boolean) => {
    setAsking(undefined);
    answer.current(yes);
  };

  const dialog = (
    <Dialog open={asking !== undefined} modalType="alert" onOpenChange={(_e, d) => !d.open && close(false)}>
      <DialogSurface data-testid="audience-confirm">
        <DialogBody>
          <DialogTitle>{at('audience.confirm.title', { people: asking?.people ?? 0 })}</DialogTitle>
          <DialogContent>
            {asking?.everyone
              ? at('audience.confirm.everyone', { people: asking.people })
              : at('audience.confirm.many', { people: asking?.people ?? 0 })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => close(true)}>
              {at('audience.confirm.send', { people: asking?.people ?? 0 })}
            </Button>
            <Button onClick={() => close(false)}>{at('audience.confirm.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { confirm, dialog };
}
