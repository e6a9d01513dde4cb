/**
 * The portal's editor, for the group's managers and admins: the welcome text, the resource
 * sections with their links and the pinned news (one save), then the group's tour
 * (portal-tour-form.tsx). The server checks every rule; its refusal is shown as it words it.
 */
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import { errorText, useToursStyles } from '../../tours/tours-styles.js';
import type { PortalApi, PortalContent, PortalView } from './portal-api.js';
import { usePortalText } from './portal-text.js';
import { PortalTourForm } from './portal-tour-form.js';

type Texts = { fr?: string; en?: string };
type Section = { title: Texts; resources: { title: Texts; url: string }[] };

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** a text kept only where written: an empty language is left out for the other to stand in */
const written = (texts: Texts): Texts => ({
  ...(texts.fr?.trim() ? { fr: texts.fr.trim() } : {}),
  ...(texts.en?.trim() ? { en: texts.en.trim() } : {}),
});

export function PortalEditor({
  api,
  groupId,
  view,
  onSaved,
}: {
  api: PortalApi;
  groupId: string;
  view: PortalView;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const { pt, locale } = usePortalText();
  const layout = useToursStyles();
  const styles = useStyles();
  const content = view.content as PortalContent;
  const [welcome, setWelcome] = useState<Texts>(content.welcome);
  const [sections, setSections] = useState<Section[]>(content.sections);
  const [pinned, setPinned] = useState<string[]>(content.pinnedNews);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState<string>();

  const run = async (call: () => Promise<unknown>) => {
    setFailure(undefined);
    setSaved(undefined);
    try {
      await call();
      setSaved(pt('portal.saved'));
      onSaved();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(() =>
      api.edit(groupId, locale, {
        welcome: written(welcome),
        sections: sections.map((s) => ({
          title: written(s.title),
          resources: s.resources.map((r) => ({ title: written(r.title), url: r.url.trim() })),
        })),
        pinnedNews: pinned,
      }),
    );
  };

  const setSection = (index: number, change: (s: Section) => Section) =>
    setSections((all) => all.map((s, i) => (i === index ? change(s) : s)));
  const candidates = [...view.pinned, ...view.news];

  return (
    <section className={layout.section} aria-labelledby="portal-edit" data-testid="portal-editor">
      <Title3 as="h2" id="portal-edit">
        {pt('portal.edit')}
      </Title3>
      {!content.edited && <Body1>{pt('portal.edit.template')}</Body1>}
      {failure && (
        <Body1 role="alert" data-testid="portal-error">
          {failure}
        </Body1>
      )}
      {saved && <Body1 role="status">{saved}</Body1>}
      <form onSubmit={save} className={layout.column} aria-label={pt('portal.edit')}>
        <Field label={pt('portal.welcome.fr')}>
          <Textarea
            value={welcome.fr ?? ''}
            onChange={(_, d) => setWelcome((w) => ({ ...w, fr: d.value }))}
            maxLength={4000}
          />
        </Field>
        <Field label={pt('portal.welcome.en')}>
          <Textarea
            value={welcome.en ?? ''}
            onChange={(_, d) => setWelcome((w) => ({ ...w, en: d.value }))}
            maxLength={4000}
          />
        </Field>
        {sections.map((section, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a section being written has no id yet
          <fieldset key={index} className={styles.box}>
            <legend>
              <Text weight="semibold">{pt('portal.section', { n: index + 1 })}</Text>
            </legend>
            {(['fr', 'en'] as const).map((lang) => (
              <Field key={lang} label={pt(`portal.section.title.${lang}`)}>
                <Input
                  value={section.title[lang] ?? ''}
                  maxLength={120}
                  onChange={(_, d) =>
                    setSection(index, (s) => ({ ...s, title: { ...s.title, [lang]: d.value } }))
                  }
                />
              </Field>
            ))}
            {section.resources.map((resource, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a link being written has no id yet
              <div key={r} className={styles.box}>
                {(['fr', 'en'] as const).map((lang) => (
                  <Field key={lang} label={pt(`portal.resource.title.${lang}`)}>
                    <Input
                      value={resource.title[lang] ?? ''}
                      maxLength={200}
                      onChange={(_, d) =>
                        setSection(index, (s) => ({
                          ...s,
                          resources: s.resources.map((x, i) =>
                            i === r ? { ...x, title: { ...x.title, [lang]: d.value } } : x,
                          ),
                        }))
                      }
                    />
                  </Field>
                ))}
                <Field label={pt('portal.resource.url')}>
                  <Input
                    type="url"
                    value={resource.url}
                    maxLength={2000}
                    onChange={(_, d) =>
                      setSection(index, (s) => ({
                        ...s,
                        resources: s.resources.map((x, i) => (i === r ? { ...x, url: d.value } : x)),
                      }))
                    }
                  />
                </Field>
                <div className={layout.actions}>
                  <Button
                    size="small"
                    onClick={() =>
                      setSection(index, (s) => ({ ...s, resources: s.resources.filter((_, i) => i !== r) }))
                    }
                  >
                    {pt('portal.resource.remove')}
                  </Button>
                </div>
              </div>
            ))}
            <div className={layout.actions}>
              <Button
                size="small"
                onClick={() =>
                  setSection(index, (s) => ({ ...s, resources: [...s.resources, { title: {}, url: '' }] }))
                }
              >
                {pt('portal.resource.add')}
              </Button>
              <Button size="small" onClick={() => setSections((all) => all.filter((_, i) => i !== index))}>
                {pt('portal.section.remove', { n: index + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className={layout.actions}>
          <Button onClick={() => setSections((all) => [...all, { title: {}, resources: [] }])}>
            {pt('portal.section.add')}
          </Button>
        </div>
        <Text weight="semibold">{pt('portal.pinned')}</Text>
        {candidates.length === 0 && <Body1>{pt('portal.pin.none')}</Body1>}
        {candidates.map((line) => (
          <Checkbox
            key={line.id}
            label={pt('portal.pin', { title: line.title })}
            checked={pinned.includes(line.id)}
            onChange={(_, d) =>
              setPinned((all) => (d.checked ? [...all, line.id] : all.filter((id) => id !== line.id)))
            }
          />
        ))}
        <div className={layout.actions}>
          <Button type="submit" appearance="primary">
            {pt('portal.save')}
          </Button>
        </div>
      </form>

      <PortalTourForm api={api} groupId={groupId} view={view} run={run} boxClass={styles.box} />
    </section>
  );
}
