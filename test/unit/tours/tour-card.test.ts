/**
 * The step card as a pure function of its data: which buttons each step state offers, the
 * progress line, task and contact lines, and both renderers accepting it (the official Adaptive
 * Cards parser, the Block Kit limits). Also the contact-link table and cross-step validation.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card, CardBlock, SubmitButton } from '../../../shared/cards/model.js';
import { AppError } from '../../../shared/errors/errors.js';
import { translator } from '../../../shared/i18n/i18n.js';
import { contactLinkFor } from '../../../shared/tours/contact-links.js';
import { type StepCardView, stepCard } from '../../../shared/tours/tour-card.js';
import { type StepProgress, stepSchema } from '../../../shared/tours/tour-model.js';
import { validateTour } from '../../../shared/tours/tour-validation.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { validateWithSdk } from '../cards/ac-validate.js';

const step = (more: Record<string, unknown> = {}) =>
  stepSchema.parse({
    key: 'profile',
    schedule: 'day 2 at 09:30',
    content: {
      fr: {
        title: 'Votre profil',
        text: 'Complétez **votre** profil.',
        links: [{ label: 'Annuaire', url: 'https://dir.example' }],
      },
      en: {
        title: 'Your profile',
        text: 'Complete **your** profile.',
        links: [{ label: 'Directory', url: 'https://dir.example' }],
      },
    },
    ...more,
  });

const progress = (state: StepProgress['state']): StepProgress => ({
  index: 2,
  key: 'profile',
  state,
  dueAt: null,
  sentAt: null,
  doneAt: null,
  skippedAt: null,
  reminders: 0,
});

const view = (over: Partial<StepCardView> = {}): StepCardView => ({
  t: translator('en'),
  locale: 'en',
  journeyId: 'j-1',
  step: step(),
  index: 2,
  total: 7,
  progress: progress('sent'),
  nextReached: false,
  timeZone: 'Europe/Paris',
  completed: false,
  tutorials: [
    { id: 't', title: { fr: 'Vidéo', en: 'Video' }, url: 'https://videos.example/v', kind: 'video' },
  ],
  resource: {
    name: 'Amy *Ambassador*',
    contactUrl: 'https://teams.microsoft.com/l/chat/0/0?users=amy%40corp.example',
  },
  ...over,
});

const submits = (card: Card): SubmitButton[] =>
  card.blocks.flatMap((b: CardBlock) =>
    b.type === 'buttons' ? b.buttons.filter((x): x is SubmitButton => x.kind === 'submit') : [],
  );
const actions = (card: Card) => submits(card).map((b) => b.action);

describe('tours: step card', () => {
  it('shows "step 3 of 7", the content, links, tutorials and the contact person', () => {
    const card = stepCard(view());
    assert.equal(card.summary, 'Your profile');
    assert.deepEqual(
      card.blocks.find((b) => b.type === 'progress'),
      { type: 'progress', label: 'Step 3 of 7', value: 3, max: 7 },
    );
    const json = JSON.stringify(card);
    assert.ok(
      json.includes('https://dir.example') &&
        json.includes('▶ Video') &&
        json.includes('users=amy%40corp.example'),
    );
    // the resource's name is escaped: it stays text
    assert.ok(json.includes('Amy \\\\*Ambassador\\\\*'), json);
    assert.deepEqual(submits(card)[0]?.payload, { journeyId: 'j-1', step: 2 });
  });

  it('offers buttons by state', () => {
    assert.deepEqual(actions(stepCard(view())), ['tour.back', 'tour.done', 'tour.skip']);
    assert.deepEqual(actions(stepCard(view({ nextReached: true }))), [
      'tour.back',
      'tour.next',
      'tour.done',
      'tour.skip',
    ]);
    assert.deepEqual(actions(stepCard(view({ progress: progress('done'), nextReached: true }))), [
      'tour.back',
      'tour.next',
    ]);
    assert.deepEqual(actions(stepCard(view({ index: 0, progress: progress('skipped') }))), []);
    const task = step({ task: { label: { fr: 'Mettre à jour', en: 'Update it' } } });
    assert.deepEqual(actions(stepCard(view({ step: task }))), ['tour.back', 'tour.task_done', 'tour.skip']);
    assert.ok(
      JSON.stringify(stepCard(view({ step: task, progress: progress('done') }))).includes(
        '✓ Done: Update it',
      ),
    );
    // last step: Finish
    const last = stepCard(view({ index: 6 }));
    assert.equal(submits(last).find((b) => b.action === 'tour.done')?.label, 'Finish');
    // no link for the contact: a tour.contact button
    assert.ok(actions(stepCard(view({ resource: { name: 'Amy' } }))).includes('tour.contact'));
  });

  it('says when the next step comes, in the person’s zone and language', () => {
    const card = stepCard(
      view({
        t: translator('fr'),
        locale: 'fr',
        progress: progress('done'),
        nextDueAt: new Date('2026-03-30T07:30:00Z'),
      }),
    );
    assert.ok(
      JSON.stringify(card).includes('L’étape suivante arrive lundi 30 mars à 09:30.'),
      JSON.stringify(card),
    );
    const held = stepCard(view({ progress: progress('done'), nextDueAt: null }));
    assert.ok(JSON.stringify(held).includes('after this one is done'));
  });

  it('renders on both platforms', () => {
    for (const v of [
      view(),
      view({ nextReached: true, reminder: true }),
      view({ completed: true, progress: progress('done') }),
    ]) {
      const card = stepCard(v);
      assert.deepEqual(validateWithSdk(renderAdaptiveCard(card)).events, []);
      assert.deepEqual(checkBlockKit(renderBlockKit(card), 'message'), []);
    }
  });
});

describe('tours: contact links and tour validation', () => {
  it('links a Teams chat by email and a Slack DM by workspace and user', () => {
    const amy = {
      email: 'amy@corp.example',
      identities: [
        { platform: 'slack' as const, tenantId: 'T2', userId: 'U2' },
        { platform: 'slack' as const, tenantId: 'T1', userId: 'U1' },
      ],
    };
    assert.equal(
      contactLinkFor('teams', 'tenant', amy),
      'https://teams.microsoft.com/l/chat/0/0?users=amy%40corp.example',
    );
    assert.equal(contactLinkFor('slack', 'T1', amy), 'slack://user?team=T1&id=U1');
    assert.equal(contactLinkFor('slack', 'T9', amy), 'slack://user?team=T2&id=U2');
    assert.equal(contactLinkFor('teams', 'tenant', { email: null, identities: [] }), undefined);
  });

  it('names every cross-step problem with its field', () => {
    const steps = [
      step({ key: 'a', schedule: 'first contact' }),
      step({ key: 'a', schedule: 'tomorrow', onlyAfter: 'z' }),
      step({ key: 'c', task: { label: { fr: 'x', en: 'x' }, remindEvery: 'soon' } }),
    ];
    assert.throws(
      () => validateTour(steps),
      (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === 'validation_failed');
        const details = e.details as { field: string; message: string }[];
        assert.deepEqual(
          details.map((d) => d.field),
          ['steps.1.key', 'steps.1.schedule', 'steps.1.onlyAfter', 'steps.2.task.remindEvery'],
        );
        assert.match(details[1]!.message, /schedule "tomorrow": write "first contact"/);
        return true;
      },
    );
    assert.doesNotThrow(() => validateTour([step({ key: 'a' }), step({ key: 'b', onlyAfter: 'a' })]));
  });
});
