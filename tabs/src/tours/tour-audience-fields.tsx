/**
 * A tour's audience: "who", then departments and sites chosen from what the directory holds
 * (the console's one ChoiceTagPicker: nothing typed becomes a name), and the live count of who it
 * matches today (POST /tours/audience-reach, counted with the tour's own rules: departments AND
 * sites narrow "who"). "Everyone" drops and hides the other choices, as the server refuses both.
 *
 * The guest tour's group (`groupKey`, a Teams or Slack channel id) has no field: groups are not a
 * capability the console can list yet, and a raw id means nothing to a communicator. A tour that
 * has one keeps it (the editor sends it back) and says so.
 */
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { useAudienceText } from '../components/audience-picker/audience-text.js';
import { type Choice, ChoiceTagPicker } from '../components/audience-picker/index.js';
import { reachLines } from '../components/audience-picker/reach-summary.js';
import { type AudienceWho, audienceWhos, type TourInput, type ToursApi } from './tours-api.js';
import { useToursText } from './tours-text.js';

type TourAudience = TourInput['audience'];

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXL,
    marginInline: 0,
    minWidth: 0,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  reach: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function TourAudienceFields({
  api,
  value,
  onChange,
}: {
  api: ToursApi;
  value: TourAudience;
  onChange(next: TourAudience): void;
}) {
  const { tt } = useToursText();
  const { at } = useAudienceText();
  const styles = useStyles();
  const suggestions = useLoad((signal) => api.audienceSuggestions(signal), []).data;
  const counted = (list: { name: string; count: number }[] | undefined): Choice[] =>
    (list ?? []).map((d) => ({
      value: d.name,
      label: at('audience.option_count', { name: d.name, count: d.count }),
    }));
  // a saved name the suggestions lack (out of the author's scope, or left) still shows as a tag
  const shown = (names: string[], from: Choice[]) =>
    names.map((n) => from.find((c) => c.value === n) ?? { value: n, label: n });
  const departments = counted(suggestions?.departments);
  const sites = counted(suggestions?.sites);
  const everyone = value.who === 'everyone';

  return (
    <fieldset className={styles.group} data-testid="tour-audience">
      <legend>{tt('tours.field.audience')}</legend>
      <Field label={tt('tours.field.who')}>
        <Select
          value={value.who}
          data-testid="tour-who"
          onChange={(_, d) => {
            const who = d.value as AudienceWho;
            // everyone is every new person: the narrowing lists go with it
            onChange(who === 'everyone' ? { ...value, who, departments: [], sites: [] } : { ...value, who });
          }}
        >
          {audienceWhos.map((w) => (
            <option key={w} value={w}>
              {tt(`tours.who.${w}`)}
            </option>
          ))}
        </Select>
      </Field>
      {everyone ? (
        <Text className={styles.hint}>{tt('tours.audience.everyone_hint')}</Text>
      ) : (
        <>
          <ChoiceTagPicker
            label={tt('tours.field.departments')}
            hint={at('audience.tour.departments_hint')}
            testId="tour-departments"
            options={departments}
            selected={shown(value.departments, departments)}
            onChange={(next) => onChange({ ...value, departments: next.map((c) => c.value) })}
          />
          <ChoiceTagPicker
            label={tt('tours.field.sites')}
            hint={at('audience.tour.sites_hint')}
            testId="tour-sites"
            options={sites}
            selected={shown(value.sites, sites)}
            onChange={(next) => onChange({ ...value, sites: next.map((c) => c.value) })}
          />
          {value.departments.length > 0 && value.sites.length > 0 && (
            <Text className={styles.hint}>{tt('tours.audience.narrow_hint')}</Text>
          )}
        </>
      )}
      {value.groupKey && (
        <Text className={styles.hint} data-testid="tour-group-kept">
          {tt('tours.audience.group_kept')}
        </Text>
      )}
      <TourReach api={api} value={value} />
    </fieldset>
  );
}

function TourReach({ api, value }: { api: ToursApi; value: TourAudience }) {
  const { tt } = useToursText();
  const { at } = useAudienceText();
  const styles = useStyles();
  const body: TourAudience = { who: value.who, departments: value.departments, sites: value.sites };
  const reach = useLoad((signal) => api.audienceReach(body, signal), [JSON.stringify(body)], {
    keepPrevious: true,
  });
  return (
    <output className={styles.reach} aria-live="polite" data-testid="tour-reach">
      <Text>{tt('tours.audience.reach_title')}</Text>
      {reach.error ? (
        <Text className={styles.error}>{reach.error.message}</Text>
      ) : reach.data ? (
        reachLines(reach.data, at).map((line) => (
          <Text key={line} weight="semibold">
            {line}
          </Text>
        ))
      ) : (
        <Text>{at('audience.reach.counting')}</Text>
      )}
    </output>
  );
}
