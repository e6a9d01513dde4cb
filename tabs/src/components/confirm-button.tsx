/**
 * A secondary button for an action that cannot be undone (recall everywhere, stop a send): it
 * opens a dialog that says what will happen, and only its confirm button acts.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

export function ConfirmButton(props: {
  label: string;
  /** what happens, in a sentence */
  question: string;
  disabled?: boolean;
  onConfirm(): void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={props.disabled} data-testid={props.testId}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.label}</DialogTitle>
          <DialogContent>{props.question}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                props.onConfirm();
              }}
            >
              {props.label}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('confirm.cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
