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
import { useState } from 'react';
import { pause, useLoad } from '../api/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import type { PersonSummary, TourResource, ToursApi, Tutorial } from './tours-api.js';
import { errorText, useToursStyles } from './tours-styles.js';
import { useToursText } from './tours-text.js';

const SEARCH_DELAY_MS = 300;

export function ToursLibraryPage({ api, go }: { api: ToursApi; go(hash: string): void }) {
  const { t } = useI18n();
  const { tt, locale } = useToursText();
  const styles = useToursStyles();
  const tutorialList = useLoad((signal) => api.tutorials(signal), []);
  const resourceList = useLoad((signal) => api.resources(signal), []);
  const tutorials = tutorialList.data ?? [];
  const resources = resourceList.data ?? [];
  const [failure, setFailure] = useState<unknown>();
  const problem = failure ?? tutorialList.error ?? resourceList.error;
  const error = problem ? errorText(t, problem) : undefined;
  const [draft, setDraft] = useState({ fr: '', en: '', url: '', kind: 'link' as Tutorial['kind'] });
  const [resource, setResource] = useState({
    scope: 'department' as TourResource['scope'],
    value: '',
    q: '',
  });
  // people matching what is typed, once the typing pauses; a failed search shows no one
  const query = resource.q.trim();
  const search = useLoad(
    async (signal): Promise<PersonSummary[]> => {
      if (query.length < 2) return [];
      await pause(SEARCH_DELAY_MS, signal);
      return api.searchPeople(query, signal).catch(() => []);
    },
    [query],
  );
  const matches = search.data ?? [];

  const act = (work: Promise<unknown>) =>
    work.then(() => {
      setFailure(undefined);
      tutorialList.reload();
      resourceList.reload();
    }, setFailure);

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
