/**
 * A secondary button for an action that cannot be undone (recall everywhere, stop a send): it
 * opens, just below it, a panel that says what will happen; only the panel's button acts. Inline
 * rather than a modal dialog: the action often removes the button itself (a recalled item cannot
 * be recalled again), and a modal unmounted while closing left the page hidden from screen readers.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useId, useState } from 'react';
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
  const [asking, setAsking] = useState(false);
  const panel = useId();
  return (
    <>
      <Button
        disabled={props.disabled}
        data-testid={props.testId}
        aria-expanded={asking}
        aria-controls={asking ? panel : undefined}
        onClick={() => setAsking(!asking)}
      >
        {props.label}
      </Button>
      {asking && (
        <MessageBar
          intent="warning"
          id={panel}
          layout="multiline"
          data-testid="confirm"
          role="group"
          aria-label={props.label}
        >
          <MessageBarBody>{props.question}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                setAsking(false);
                props.onConfirm();
              }}
            >
              {props.label}
            </Button>
            <Button onClick={() => setAsking(false)}>{t('confirm.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
