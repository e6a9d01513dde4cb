/**
 * The tours' library: tutorials (links and short videos steps point to) and the resource person
 * of each department or site (shown on every step with a contact button).
 */
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  Select,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Title2,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { PersonSummary, TourResource, ToursApi, Tutorial } from './tours-api.js';
import { errorText, useToursStyles } from './tours-list-page.js';
import { useToursText } from './tours-text.js';

export function ToursLibraryPage({ api, go }: { api: ToursApi; go(hash: string): void }) {
  const { t } = useI18n();
  const { tt, locale } = useToursText();
  const styles = useToursStyles();
  const [tutorials, setTutorials] = useState<Tutorial[]>([]);
  const [resources, setResources] = useState<TourResource[]>([]);
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState({ fr: '', en: '', url: '', kind: 'link' as Tutorial['kind'] });
  const [resource, setResource] = useState({
    scope: 'department' as TourResource['scope'],
    value: '',
    q: '',
  });
  const [matches, setMatches] = useState<PersonSummary[]>([]);

  const fail = useCallback((e: unknown) => setError(errorText(t, e)), [t]);
  const reload = useCallback(() => {
    api.tutorials().then(setTutorials, fail);
    api.resources().then(setResources, fail);
  }, [api, fail]);
  useEffect(reload, [reload]);

  useEffect(() => {
    if (resource.q.trim().length < 2) {
      setMatches([]);
      return;
    }
    const timer = setTimeout(
      () => api.searchPeople(resource.q.trim()).then(setMatches, () => setMatches([])),
      300,
    );
    return () => clearTimeout(timer);
  }, [api, resource.q]);

  const act = (work: Promise<unknown>) => work.then(reload, fail);

  return (
    <div className={styles.page}>
      <Link
        className={styles.back}
        href="#/tours"
        onClick={(e) => {
          e.preventDefault();
          go('#/tours');
        }}
      >
        {tt('tours.back')}
      </Link>
      <Title2 as="h1">{tt('tours.library')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}

      <section className={styles.section}>
        <Subtitle1 as="h2">{tt('tours.tutorials')}</Subtitle1>
        {tutorials.length === 0 && <p>{tt('tours.tutorials.none')}</p>}
        <Table aria-label={tt('tours.tutorials')} size="small">
          <TableBody>
            {tutorials.map((tutorial) => (
              <TableRow key={tutorial.id}>
                <TableCell>
                  <Link href={tutorial.url} target="_blank" rel="noreferrer">
                    {tutorial.title[locale]}
                  </Link>
                </TableCell>
                <TableCell>
                  {tt(tutorial.kind === 'video' ? 'tours.tutorial.video' : 'tours.tutorial.link')}
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => act(api.deleteTutorial(tutorial.id))}>
                    {tt('tours.tutorial.remove')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <form
          className={styles.grid}
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              api
                .createTutorial({ title: { fr: draft.fr, en: draft.en }, url: draft.url, kind: draft.kind })
                .then(() => setDraft({ fr: '', en: '', url: '', kind: 'link' })),
            );
          }}
        >
          <Field label={tt('tours.tutorial.title_fr')} required>
            <Input value={draft.fr} onChange={(_, d) => setDraft({ ...draft, fr: d.value })} />
          </Field>
          <Field label={tt('tours.tutorial.title_en')} required>
            <Input value={draft.en} onChange={(_, d) => setDraft({ ...draft, en: d.value })} />
          </Field>
          <Field label={tt('tours.tutorial.url')} required>
            <Input type="url" value={draft.url} onChange={(_, d) => setDraft({ ...draft, url: d.value })} />
          </Field>
          <Field label={tt('tours.tutorial.kind')}>
            <Select
              value={draft.kind}
              onChange={(_, d) => setDraft({ ...draft, kind: d.value as Tutorial['kind'] })}
            >
              <option value="link">{tt('tours.tutorial.link')}</option>
              <option value="video">{tt('tours.tutorial.video')}</option>
            </Select>
          </Field>
          <Button type="submit" appearance="primary">
            {tt('tours.tutorial.add')}
          </Button>
        </form>
      </section>

      <section className={styles.section}>
        <Subtitle1 as="h2">{tt('tours.resources')}</Subtitle1>
        {resources.length === 0 && <p>{tt('tours.resources.none')}</p>}
        <Table aria-label={tt('tours.resources')} size="small">
          <TableBody>
            {resources.map((r) => (
              <TableRow key={`${r.scope}:${r.value}`}>
                <TableCell>
                  {tt(r.scope === 'site' ? 'tours.resource.site' : 'tours.resource.department')} · {r.value}
                </TableCell>
                <TableCell>{r.personId}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => act(api.setResource(r.scope, r.value, null))}>
                    {tt('tours.resource.remove')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <div className={styles.grid}>
          <Field label={tt('tours.resource.scope')}>
            <Select
              value={resource.scope}
              onChange={(_, d) => setResource({ ...resource, scope: d.value as TourResource['scope'] })}
            >
              <option value="department">{tt('tours.resource.department')}</option>
              <option value="site">{tt('tours.resource.site')}</option>
            </Select>
          </Field>
          <Field label={tt('tours.resource.value')}>
            <Input value={resource.value} onChange={(_, d) => setResource({ ...resource, value: d.value })} />
          </Field>
          <Field label={tt('tours.resource.person')}>
            <Input value={resource.q} onChange={(_, d) => setResource({ ...resource, q: d.value })} />
          </Field>
        </div>
        <ul>
          {matches.map((person) => (
            <li key={person.id}>
              {person.displayName} {person.email ? `(${person.email})` : ''}{' '}
              <Button
                size="small"
                disabled={!resource.value.trim()}
                onClick={() =>
                  act(
                    api
                      .setResource(resource.scope, resource.value.trim(), person.id)
                      .then(() => setResource({ ...resource, value: '', q: '' })),
                  )
                }
              >
                {tt('tours.resource.set')}
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
