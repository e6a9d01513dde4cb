/**
 * Who a news item reaches: everyone, departments, sites, roles, people (a pasted CSV list),
 * channels, and whether guests matching those are included. Named people always include guests:
 * the server applies that rule; the picker only says it.
 */
import { Checkbox, Field, Input, makeStyles, Switch, Textarea, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';
import { type ComposerState, channelsOf, peopleOf } from './composer-state.js';

const roles = ['admin', 'communicator', 'ambassador', 'group_manager'] as const;

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  roles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  plain: { border: 'none', margin: 0, padding: 0 },
});

export interface AudiencePickerProps {
  state: ComposerState;
  onChange(patch: Partial<ComposerState>): void;
}

export function AudiencePicker({ state, onChange }: AudiencePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const people = peopleOf(state.people);
  const channels = channelsOf(state.channels);
  return (
    <fieldset className={styles.group} data-testid="audience-picker">
      <legend>{t('news.audience.title')}</legend>
      <Switch
        label={t('news.audience.everyone')}
        checked={state.everyone}
        onChange={(_e, data) => onChange({ everyone: data.checked })}
      />
      <Field label={t('news.audience.departments')} hint={t('news.audience.list_hint')}>
        <Input value={state.departments} onChange={(_e, d) => onChange({ departments: d.value })} />
      </Field>
      <Field label={t('news.audience.sites')} hint={t('news.audience.list_hint')}>
        <Input value={state.sites} onChange={(_e, d) => onChange({ sites: d.value })} />
      </Field>
      <fieldset className={styles.plain}>
        <legend>{t('news.audience.roles')}</legend>
        <div className={styles.roles}>
          {roles.map((role) => (
            <Checkbox
              key={role}
              label={t(`role.${role}`)}
              checked={state.roles.includes(role)}
              onChange={(_e, d) =>
                onChange({
                  roles: d.checked ? [...state.roles, role] : state.roles.filter((r) => r !== role),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <Field
        label={t('news.audience.people')}
        hint={t('news.audience.people_hint', { count: people.length })}
      >
        <Textarea
          resize="vertical"
          value={state.people}
          onChange={(_e, d) => onChange({ people: d.value })}
          placeholder="email,name&#10;amelie@example.com,Amélie"
        />
      </Field>
      <Field
        label={t('news.audience.channels')}
        hint={t('news.audience.channels_hint')}
        validationMessage={
          channels.invalid.length
            ? t('news.audience.channels_invalid', { line: channels.invalid[0] ?? '' })
            : undefined
        }
      >
        <Textarea
          resize="vertical"
          value={state.channels}
          onChange={(_e, d) => onChange({ channels: d.value })}
          placeholder="slack T0123 C0456 #general"
        />
      </Field>
      <Checkbox
        label={t('news.audience.include_guests')}
        checked={state.includeGuests}
        onChange={(_e, d) => onChange({ includeGuests: Boolean(d.checked) })}
      />
    </fieldset>
  );
}
