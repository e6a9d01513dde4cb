/**
 * The composer: one news item in French and/or English (title, summary, body in the card
 * markdown subset, image, link buttons), strategic flag, expiry, audience, and publishing now or
 * at a time in a chosen time zone; the live preview of both chat renderings beside it.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { useSendConfirmation } from '../components/audience-picker/index.js';
import { useFieldErrors } from '../components/field-errors.js';
import { LanguageChoice } from '../components/language-choice.js';
import { TestSendButton } from '../components/test-send-button.js';
import { useI18n } from '../i18n/i18n.js';
import { NewsAudience } from './audience-picker.js';
import {
  browserTimeZone,
  type ComposerState,
  draftOf,
  initialComposerState,
  stateOf,
  timeZones,
  zonedToUtc,
} from './composer-state.js';
import type { NewsApi, NewsLocale } from './news-api.js';
import { NewsPreviewPane } from './news-preview-pane.js';
import { describeFailure } from './news-text.js';

const useStyles = makeStyles({
  page: {
    maxWidth: '1300px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(320px, 1fr) minmax(320px, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    // minmax(0, …): a column as wide as the screen, never as wide as its longest line (a phone)
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // minWidth 0: a fieldset is as wide as its widest control by default
  plain: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
});

export interface NewsComposerPageProps {
  news: NewsApi;
  /** editing an existing item; absent for a new one */
  newsId?: string;
  go(hash: string): void;
}

export function NewsComposerPage({ news, newsId, go }: NewsComposerPageProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<ComposerState>(() => initialComposerState(locale, browserTimeZone()));
  const [editing, setEditing] = useState<NewsLocale>(locale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const fields = useFieldErrors();
  const confirmation = useSendConfirmation(news.audiences);

  // the stored item seeds the form once; from then on the form is the author's
  const stored = useLoad(
    (signal) => (newsId ? news.get(newsId, signal) : Promise.resolve(undefined)),
    [newsId],
  );
  const item = stored.data;
  useEffect(() => {
    if (!item) return;
    setState(stateOf(item, browserTimeZone(), locale));
    setStatus(item.status);
  }, [item, locale]);
  const shownError = error ?? (stored.error && describeFailure(t, stored.error));

  const patch = (change: Partial<ComposerState>) => setState((s) => ({ ...s, ...change }));
  const patchVariant = (field: 'title' | 'summary' | 'body', value: string) =>
    setState((s) => ({
      ...s,
      variants: { ...s.variants, [editing]: { ...s.variants[editing], [field]: value } },
    }));
  const draft = useMemo(() => {
    try {
      return draftOf(state);
    } catch {
      return draftOf({ ...state, expiresAt: '' });
    }
  }, [state]);
  const variant = state.variants[editing];
  const published = status !== undefined && status !== 'draft' && status !== 'scheduled';

  async function save(publish: boolean) {
    setBusy(true);
    setError(undefined);
    fields.clear();
    try {
      // a send to everyone or to more than 100 people names its count first; a scheduled one that
      // reaches nobody yet is kept only when the author ticks that it may (allowEmpty)
      const scheduled = state.when === 'later' && Boolean(state.scheduleAt);
      const consent = publish
        ? await confirmation.confirm(state.audience, { scheduled })
        : { allowEmpty: false };
      if (!consent) return;
      // once sent, the audience is fixed: a published item's edit carries the content only
      const { audience, ...content } = draft;
      const item = newsId
        ? await news.update(newsId, published ? content : { ...content, audience })
        : await news.create(draft);
      if (publish) {
        const at =
          state.when === 'later' && state.scheduleAt
            ? {
                at: zonedToUtc(state.scheduleAt, state.timeZone),
                timeZone: state.timeZone,
                ...(consent.allowEmpty && { allowEmpty: true }),
              }
            : undefined;
        await news.publish(item.id, at);
      }
      go(publish || published ? `#/news/${item.id}` : `#/news/${item.id}/edit`);
    } catch (e) {
      setError(describeFailure(t, e));
      fields.take(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <Title2 as="h1">{newsId ? t('news.composer.edit_title') : t('news.composer.title')}</Title2>
      <div className={styles.columns}>
        <form
          className={styles.form}
          aria-label={t('news.composer.title')}
          onSubmit={(e) => {
            e.preventDefault();
            void save(!published);
          }}
        >
          {published && <MessageBar intent="info">{t('news.composer.edit_published')}</MessageBar>}
          <LanguageChoice label={t('news.composer.language')} value={editing} onChange={setEditing} />
          <Field label={t('news.field.title')} {...fields.on(`variants.${editing}.title`, 'variants')}>
            <Input
              name={`title-${editing}`}
              value={variant.title}
              maxLength={300}
              onChange={(_e, d) => patchVariant('title', d.value)}
            />
          </Field>
          <Field label={t('news.field.summary')} {...fields.on(`variants.${editing}.summary`)}>
            <Textarea
              name={`summary-${editing}`}
              value={variant.summary}
              maxLength={600}
              onChange={(_e, d) => patchVariant('summary', d.value)}
            />
          </Field>
          <Field
            label={t('news.field.body')}
            hint={t('news.field.body_hint')}
            {...fields.on(`variants.${editing}.body`)}
          >
            <Textarea
              name={`body-${editing}`}
              value={variant.body}
              rows={8}
              resize="vertical"
              onChange={(_e, d) => patchVariant('body', d.value)}
            />
          </Field>
          <Field
            label={t('news.field.image')}
            hint={t('news.field.image_hint')}
            {...fields.on(`variants.${editing}.imageUrl`)}
          >
            <Input
              name="image"
              type="url"
              value={state.imageUrl}
              onChange={(_e, d) => patch({ imageUrl: d.value })}
            />
          </Field>
          <ButtonsEditor state={state} onChange={patch} />
          <Checkbox
            label={t('news.field.strategic')}
            checked={state.strategic}
            onChange={(_e, d) => patch({ strategic: Boolean(d.checked) })}
          />
          <div className={styles.row}>
            <Field label={t('news.field.expires')} {...fields.on('expiresAt')}>
              <Input
                type="datetime-local"
                value={state.expiresAt}
                onChange={(_e, d) => patch({ expiresAt: d.value })}
              />
            </Field>
            <Field label={t('news.field.time_zone')}>
              <Select value={state.timeZone} onChange={(_e, d) => patch({ timeZone: d.value })}>
                {timeZones(state.timeZone).map((zone) => (
                  <option key={zone}>{zone}</option>
                ))}
              </Select>
            </Field>
          </div>
          <NewsAudience api={news.audiences} state={state} onChange={patch} />
          {!published && (
            <Field label={t('news.schedule.title')}>
              <RadioGroup
                value={state.when}
                onChange={(_e, d) => patch({ when: d.value as 'now' | 'later' })}
              >
                <Radio value="now" label={t('news.schedule.now')} />
                <Radio value="later" label={t('news.schedule.later')} />
              </RadioGroup>
              {state.when === 'later' && (
                <Input
                  type="datetime-local"
                  aria-label={t('news.schedule.at', { zone: state.timeZone })}
                  value={state.scheduleAt}
                  onChange={(_e, d) => patch({ scheduleAt: d.value })}
                />
              )}
            </Field>
          )}
          {shownError && <MessageBar intent="error">{shownError}</MessageBar>}
          <div className={styles.actions}>
            {!published && (
              <Button
                appearance="primary"
                type="submit"
                disabled={busy || (state.when === 'later' && !state.scheduleAt)}
              >
                {state.when === 'later' ? t('news.action.schedule') : t('news.action.publish_now')}
              </Button>
            )}
            <Button type="button" disabled={busy} onClick={() => void save(false)}>
              {published ? t('news.action.update_copies') : t('news.action.save_draft')}
            </Button>
            <Button type="button" appearance="subtle" onClick={() => go('#/news')}>
              {t('news.action.back_to_list')}
            </Button>
          </div>
          {/* a saved item: sent as saved (save first to test what is typed) */}
          {newsId && <TestSendButton send={(locale) => news.test(newsId, locale)} />}
        </form>
        <NewsPreviewPane news={news} draft={draft} />
      </div>
      {confirmation.dialog}
    </div>
  );
}

function ButtonsEditor({
  state,
  onChange,
}: {
  state: ComposerState;
  onChange(p: Partial<ComposerState>): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const set = (index: number, field: 'label' | 'url', value: string) =>
    onChange({ buttons: state.buttons.map((b, i) => (i === index ? { ...b, [field]: value } : b)) });
  return (
    <fieldset className={styles.plain}>
      <legend>{t('news.field.buttons')}</legend>
      {state.buttons.map((button, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <div className={styles.row} key={index}>
          <Field label={t('news.field.button_label')}>
            <Input value={button.label} maxLength={75} onChange={(_e, d) => set(index, 'label', d.value)} />
          </Field>
          <Field label={t('news.field.button_url')}>
            <Input type="url" value={button.url} onChange={(_e, d) => set(index, 'url', d.value)} />
          </Field>
          <Button
            type="button"
            appearance="subtle"
            onClick={() => onChange({ buttons: state.buttons.filter((_b, i) => i !== index) })}
          >
            {t('news.action.remove')}
          </Button>
        </div>
      ))}
      {state.buttons.length < 5 && (
        <Button
          type="button"
          size="small"
          onClick={() => onChange({ buttons: [...state.buttons, { label: '', url: '' }] })}
        >
          {t('news.action.add_button')}
        </Button>
      )}
    </fieldset>
  );
}
