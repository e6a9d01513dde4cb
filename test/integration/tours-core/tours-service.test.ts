/**
 * The tours service on a running Relais, on SQLite and on PostgreSQL + Redis: idempotent starts,
 * audiences and triggers, journeys as snapshots and apply-to-running, conditional steps, task
 * reminders, a person who leaves, pre-boarding from an import, the funnel, and a restart in the
 * middle of a journey. Steps use short ISO durations, so the drip really runs; "never sent" is
 * always checked after a later witness step arrived.
 */
import assert from 'node:assert/strict';
import { tourDb } from '../../../shared/tours/tour-tables.js';
import { pollUntil } from '../../harness/eventually.js';
import {
  automation,
  describeToursBackends,
  SLACK_TEAM,
  simpleTour,
  startToursWorld,
  type ToursWorld,
} from './tours-world.js';

let n = 0;
const tag = (what: string) => `${what} ${Date.now().toString(36)}${n++}`;

describeToursBackends(
  'Tours service: journeys and drip',
  (backendEnv) => {
    let world: ToursWorld;
    before(async () => {
      world = await startToursWorld(backendEnv());
    });
    after(async () => {
      await world?.close();
    });

    const events = async (type: string, journeyId: string) =>
      (await world.core.store.db.selectFrom('events').selectAll().where('type', '=', type).execute()).filter(
        (e) => (e.data ?? '').includes(journeyId),
      );

    it('starts a tour once per person, even when asked twice at the same time', async () => {
      const [a, b] = [tag('Hello'), tag('Witness')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('once', [
          ['a', 'first contact', a],
          ['b', 'PT2S', b],
        ]),
      );
      const alice = await world.teamsPerson('Alice Once');
      const [j1, j2] = await Promise.all([
        world.core.tours.startTour(tour.id, alice.person.id),
        world.core.tours.startTour(tour.id, alice.person.id),
      ]);
      assert.equal(j1.id, j2.id);
      const again = await world.core.tours.startTour(tour.id, alice.person.id);
      assert.equal(again.id, j1.id);
      await world.arrives(b);
      assert.equal(world.timesSent(a), 1);
      assert.equal(world.timesSent(b), 1);
      assert.equal((await events('tour.started', j1.id)).length, 1);
      // the event is written just after the platform answered
      await pollUntil(
        async () => (await events('tour.step_sent', j1.id)).length,
        (c) => c >= 2,
        {
          what: 'two step_sent events',
        },
      );
      assert.equal((await events('tour.step_sent', j1.id)).length, 2);
    });

    it('sends steps due at the same moment in their order', async () => {
      const [a, b, c] = [tag('First'), tag('Second'), tag('Third')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('order', [
          ['a', 'first contact', a],
          ['b', 'PT0S', b],
          ['c', 'PT0S', c],
        ]),
      );
      const olga = await world.slackPerson('Olga Order');
      // Slack sits on the second step: the third, due at the same moment, must wait for it
      const slow = world.slack.hold('chat.postMessage', (body) => JSON.stringify(body).includes(b));
      await world.core.tours.startTour(tour.id, olga.person.id);
      await slow.arrived;
      // long enough for the third step's job to run, and retry, while the second is on its way
      await new Promise((resolve) => setTimeout(resolve, 1500));
      slow.release();
      await world.arrives(c);
      await world.arrives(b);
      const order = world
        .sentMessages()
        .map((texts) => [a, b, c].find((t) => texts.includes(t)))
        .filter(Boolean);
      assert.deepEqual(order, [a, b, c]);
    });

    it('starts the tours whose trigger and audience fit the person', async () => {
      // a tour names only departments the directory holds
      await world.slackPerson('Sid Senior', { department: 'Sales' });
      const sales = await world.core.tours.create(
        automation,
        simpleTour('sales newcomers', [['a', 'first contact', tag('Sales')]], {
          audience: { who: 'newcomers', departments: ['Sales'] },
          triggers: ['team_join', 'first_contact'],
        }),
      );
      const guests = await world.core.tours.create(
        automation,
        simpleTour('club guests', [['a', 'first contact', tag('Club')]], {
          audience: { who: 'guests', groupKey: 'club-42' },
          triggers: ['channel_join'],
        }),
      );
      const managers = await world.core.tours.create(
        automation,
        simpleTour('managers', [['a', 'first contact', tag('Managers')]], {
          audience: { who: 'managers' },
          triggers: ['import'],
        }),
      );
      const seller = await world.slackPerson('Sam Seller', { department: 'sales' });
      const support = await world.slackPerson('Sue Support', { department: 'Support' });
      const guest = await world.teamsPerson('Gus Guest', { department: 'Sales', kind: 'guest' });
      const boss = await world.teamsPerson('Bea Boss');
      await world.teamsPerson('Rob Report', { managerId: boss.person.id });

      const tourIds = async (personId: string, trigger: Parameters<typeof world.core.tours.start>[1]) =>
        (await world.core.tours.start(personId, trigger)).map((j) => j.tourId);
      assert.deepEqual(await tourIds(seller.person.id, { kind: 'team_join', platform: 'slack' }), [sales.id]);
      assert.deepEqual(await tourIds(seller.person.id, { kind: 'channel_join', groupKey: 'club-42' }), []);
      assert.deepEqual(await tourIds(support.person.id, { kind: 'team_join' }), []);
      assert.deepEqual(await tourIds(guest.person.id, { kind: 'team_join' }), []);
      assert.deepEqual(await tourIds(guest.person.id, { kind: 'channel_join', groupKey: 'other' }), []);
      assert.deepEqual(await tourIds(guest.person.id, { kind: 'channel_join', groupKey: 'club-42' }), [
        guests.id,
      ]);
      assert.deepEqual(await tourIds(boss.person.id, { kind: 'import' }), [managers.id]);
      assert.deepEqual(await tourIds(seller.person.id, { kind: 'import' }), []);
      // the journey keeps its trigger (the team or channel it came from is for the presentation)
      const [journey] = await world.core.tours.journeysOf(seller.person.id);
      assert.deepEqual(journey?.trigger, { kind: 'team_join', platform: 'slack' });
    });

    it('keeps the steps a journey started with; apply-to-running brings the new ones', async () => {
      const [a, oldB, newB, oldC, newC, added] = ['A', 'Old B', 'New B', 'Old C', 'New C', 'Added'].map(tag);
      const input = simpleTour('snapshot', [
        ['a', 'first contact', a],
        ['b', 'PT2S', oldB],
        ['c', 'PT5S', oldC],
      ]);
      const tour = await world.core.tours.create(automation, input);
      const ada = await world.slackPerson('Ada Snapshot');
      const journey = await world.core.tours.startTour(tour.id, ada.person.id);
      const edited = simpleTour('snapshot', [
        ['a', 'first contact', a],
        ['b', 'PT2S', newB],
        ['c', 'PT5S', oldC],
      ]);
      const v2 = await world.core.tours.update(automation, tour.id, edited);
      assert.equal(v2.version, 2);
      await world.arrives(oldB);
      assert.equal(world.timesSent(newB), 0, 'an edit does not reach a running journey');
      assert.equal((await world.core.tours.getJourney(journey.id))?.tourVersion, 1);
      // b's step_sent is tracked after the platform answered: wait for it before renumbering
      await pollUntil(
        async () => (await events('tour.step_sent', journey.id)).length,
        (c) => c >= 2,
        { what: 'steps a and b recorded as sent' },
      );

      await world.core.tours.update(
        automation,
        tour.id,
        simpleTour('snapshot', [
          ['a', 'first contact', a],
          ['added', 'PT0S', added],
          ['b', 'PT2S', newB],
          ['c', 'PT5S', newC],
        ]),
      );
      assert.deepEqual(await world.core.tours.applyToRunning(automation, tour.id), { journeys: 1 });
      const applied = await world.core.tours.getJourney(journey.id);
      // progress follows the keys: a and b stay sent, c waits with its new content, added is new
      assert.deepEqual(
        applied?.progress.map((p) => p.key),
        ['a', 'added', 'b', 'c'],
      );
      assert.deepEqual(
        [0, 2, 3].map((i) => applied?.progress[i]?.state),
        ['sent', 'sent', 'pending'],
      );
      assert.equal(applied?.steps[3]?.content.en?.title, newC);
      assert.equal(applied?.tourVersion, 3);
      await world.arrives(newC);
      await world.arrives(added);
      assert.equal(world.timesSent(oldC), 0);
      assert.equal(world.timesSent(newB), 0, 'a step already sent is not sent again');
      assert.equal(world.timesSent(oldB), 1);
    });

    it('a step being sent while a new version renumbers the steps keeps its message and lets the next go', async () => {
      const [a, b, added] = [tag('Slow A'), tag('Then B'), tag('Added')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('renumbered', [
          ['a', 'first contact', a],
          ['b', 'PT1S', b],
        ]),
      );
      const ula = await world.slackPerson('Ula Renumbered');
      // Slack takes its time over step a …
      const slow = world.slack.hold('chat.postMessage', (body) => JSON.stringify(body).includes(a));
      const journey = await world.core.tours.startTour(tour.id, ula.person.id);
      await slow.arrived;
      // … while a new version puts a step before it, applied to the running journey
      await world.core.tours.update(
        automation,
        tour.id,
        simpleTour('renumbered', [
          ['added', 'P1D', added],
          ['a', 'first contact', a],
          ['b', 'PT1S', b],
        ]),
      );
      assert.deepEqual(await world.core.tours.applyToRunning(automation, tour.id), { journeys: 1 });
      slow.release();
      // a's message is filed under a, so b is not held behind an a "still on its way"
      await world.arrives(b, 20_000);
      const rows = await tourDb(world.core.store)
        .selectFrom('journey_steps')
        .select(['step_key', 'state', 'message'])
        .where('journey_id', '=', journey.id)
        .orderBy('step_index')
        .execute();
      const byKey = Object.fromEntries(rows.map((r) => [r.step_key, r]));
      assert.deepEqual(
        rows.map((r) => r.step_key),
        ['added', 'a', 'b'],
      );
      assert.equal(byKey.a?.state, 'sent');
      assert.ok(byKey.a?.message, 'a’s message is recorded on a');
      assert.equal(byKey.added?.message, null, 'nothing is recorded on the step that took a’s place');
      assert.equal(world.timesSent(a), 1);
    });

    it('holds a conditional step until its step is done; skipping skips it too', async () => {
      const [task, cond, witness] = [tag('Task'), tag('Cond'), tag('Witness')];
      const input = simpleTour('conditional', [
        [
          'task',
          'first contact',
          task,
          { task: { label: { fr: 'Profil', en: 'Profile' }, maxReminders: 0 } },
        ],
        ['cond', 'PT1S', cond, { onlyAfter: 'task' }],
        ['witness', 'PT2S', witness],
      ]);
      const tour = await world.core.tours.create(automation, input);
      const cleo = await world.teamsPerson('Cleo Cond');
      const skipper = await world.teamsPerson('Sid Skip');
      const journey = await world.core.tours.startTour(tour.id, cleo.person.id);
      const skipped = await world.core.tours.startTour(tour.id, skipper.person.id);
      await world.arrives(witness);
      await pollUntil(
        () => world.timesSent(witness),
        (c) => c === 2,
        { what: 'both witnesses' },
      );
      assert.equal(world.timesSent(cond), 0, 'not before the task is done');

      await world.core.tours.act('task_done', cleo.person, journey.id, 0, 'en');
      await world.arrives(cond);
      assert.equal(world.timesSent(cond), 1);

      await world.core.tours.act('skip', skipper.person, skipped.id, 0, 'en');
      const after = await world.core.tours.getJourney(skipped.id);
      assert.deepEqual(
        after?.progress.map((p) => p.state),
        ['skipped', 'skipped', 'sent'],
      );
      assert.equal((await events('tour.step_skipped', skipped.id)).length, 2);
    });

    it('reminds an open task until the cap, and not once it is done', async () => {
      const [task, quick, witness] = [tag('Remind me'), tag('Done quick'), tag('Witness')];
      const reminded = await world.core.tours.create(
        automation,
        simpleTour('reminders', [
          [
            't',
            'first contact',
            task,
            { task: { label: { fr: 'Profil', en: 'Profile' }, remindEvery: 'PT1S', maxReminders: 2 } },
          ],
          ['w', 'PT5S', witness],
        ]),
      );
      const done = await world.core.tours.create(
        automation,
        simpleTour('no reminder', [
          [
            't',
            'first contact',
            quick,
            // a reminder would come 3 s after the step: Dan is done well before, even on a slow machine
            { task: { label: { fr: 'Profil', en: 'Profile' }, remindEvery: 'PT3S', maxReminders: 3 } },
          ],
          ['w', 'PT5S', `${witness} 2`],
        ]),
      );
      const rita = await world.slackPerson('Rita Remind');
      const dan = await world.slackPerson('Dan Done');
      const jr = await world.core.tours.startTour(reminded.id, rita.person.id);
      const jd = await world.core.tours.startTour(done.id, dan.person.id);
      await world.arrives(quick);
      await pollUntil(
        async () => (await world.core.tours.getJourney(jd.id))?.progress[0]?.state,
        (s) => s === 'sent',
        { what: 'the task step sent' },
      );
      await world.core.tours.act('task_done', dan.person, jd.id, 0, 'en');
      // both reminders, however late a busy machine runs them; then the witness, after which a
      // third would have come
      await pollUntil(
        () => world.timesSent(task),
        (c) => c >= 3,
        { what: 'the step and two reminders' },
      );
      await world.arrives(witness);
      await world.arrives(`${witness} 2`);
      assert.equal(world.timesSent(task), 3, 'the step and two reminders');
      // the count and the event are written just after the platform answered
      const counted = await pollUntil(
        async () => (await world.core.tours.getJourney(jr.id))?.progress[0]?.reminders ?? 0,
        (c) => c >= 2,
        { what: 'two reminders counted' },
      );
      assert.equal(counted, 2);
      assert.equal(world.timesSent(quick), 1, 'no reminder after done');
      const remindedEvents = await pollUntil(
        async () => (await events('tour.reminder_sent', jr.id)).length,
        (c) => c >= 2,
        { what: 'two tour.reminder_sent events' },
      );
      assert.equal(remindedEvents, 2);
    });

    it('stops the journey of a person who left, when the next step comes', async () => {
      const [a, b] = [tag('Leaver A'), tag('Leaver B')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('leaver', [
          ['a', 'first contact', a],
          ['b', 'PT2S', b],
        ]),
      );
      const leo = await world.teamsPerson('Leo Leaves');
      const stay = await world.teamsPerson('Stan Stays');
      const jl = await world.core.tours.startTour(tour.id, leo.person.id);
      await world.core.tours.startTour(tour.id, stay.person.id);
      await pollUntil(
        () => world.timesSent(a),
        (c) => c === 2,
        { what: 'both first steps' },
      );
      // the directory says Leo left (as an import does), nothing else is told
      await world.core.store.db
        .updateTable('people')
        .set({ active: 0 })
        .where('id', '=', leo.person.id)
        .execute();
      await world.arrives(b);
      assert.equal(world.timesSent(b), 1, 'only the one who stays');
      await pollUntil(
        async () => (await world.core.tours.getJourney(jl.id))?.status,
        (s) => s === 'stopped',
        {
          what: 'the journey stopped',
        },
      );
      // and onPersonUpdated stops the others at once
      const other = await world.core.tours.create(
        automation,
        simpleTour('leaver 2', [['a', 'P1D', tag('Later')]]),
      );
      const j2 = await world.core.tours.startTour(other.id, stay.person.id);
      await world.core.tours.onPersonUpdated({ ...stay.person, active: false });
      assert.equal((await world.core.tours.getJourney(j2.id))?.status, 'stopped');
      assert.deepEqual(await world.core.tours.start(leo.person.id, { kind: 'manual' }), []);
    });

    it('starts pre-boarding for an imported person with a future start date', async () => {
      const tour = await world.core.tours.create(
        automation,
        simpleTour(
          'pre-boarding',
          [
            ['before', 'day -2 at 10:00', tag('Before')],
            ['day1', 'day 1 at 09:30', tag('Day one')],
            ['week2', 'week 2 Monday', tag('Week two')],
          ],
          { triggers: ['import'], audience: { who: 'newcomers' } },
        ),
      );
      const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const nina = await world.slackPerson('Nina New', { startDate: start, timeZone: 'America/New_York' });
      await world.core.tours.onPersonUpdated(nina.person);
      const [journey] = (await world.core.tours.journeysOf(nina.person.id)).filter(
        (j) => j.tourId === tour.id,
      );
      assert.ok(journey, 'a journey started');
      assert.equal(journey.trigger.kind, 'import');
      assert.equal(journey.startDate, start);
      const [before, day1, week2] = journey.progress.map((p) => new Date(p.dueAt!));
      assert.ok(before! < day1! && day1! < week2!, 'in order');
      assert.ok(before!.getTime() > Date.now(), 'pre-boarding is still ahead');
      // day 1 at 09:30 in New York on the start date (or the next working day)
      const ny = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'America/New_York',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(day1);
      assert.equal(ny, '09:30');
      // a second update does not start it again
      await world.core.tours.onPersonUpdated(nina.person);
      assert.equal(
        (await world.core.tours.journeysOf(nina.person.id)).filter((j) => j.tourId === tour.id).length,
        1,
      );
    });

    it('sends pre-boarding steps that found no chat identity once the person is met in chat', async () => {
      const hello = tag('Before day one');
      const tour = await world.core.tours.create(
        automation,
        simpleTour('imported', [['hello', 'first contact', hello]], {
          triggers: ['import'],
          audience: { who: 'newcomers' },
        }),
      );
      const email = `ivy-${Date.now()}@tours.example`;
      const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const imported = await world.api('POST', '/people/import', {
        body: [{ email, displayName: 'Ivy Imported', startDate: start }],
      });
      assert.equal(imported.status, 200, await imported.text());
      const ivy = (await world.core.people.findByEmail(email))!;
      await world.core.tours.onPersonUpdated(ivy);
      const [journey] = (await world.core.tours.journeysOf(ivy.id)).filter((j) => j.tourId === tour.id);
      assert.ok(journey);
      // the step's job ran and found nobody to send to: still pending
      await pollUntil(
        () => world.core.jobs.getState('tour-step', `tour:${journey.id}:0`),
        (s) => s === 'completed',
        {
          what: 'the first step job done',
        },
      );
      assert.equal((await world.core.tours.getJourney(journey.id))?.progress[0]?.state, 'pending');
      assert.equal(world.timesSent(hello), 0);
      // Ivy opens Relais in Slack: the identity links by email, the trigger re-arms the journey
      const userId = `UIVY${Date.now().toString(36).toUpperCase()}`;
      world.slack.addUser({ id: userId, teamId: SLACK_TEAM, realName: 'Ivy Imported', email });
      const met = await world.core.people.learn(
        { platform: 'slack', tenantId: SLACK_TEAM, userId },
        { email },
      );
      assert.equal(met.id, ivy.id);
      await world.core.tours.start(ivy.id, { kind: 'first_contact', platform: 'slack' });
      await world.arrives(hello);
      assert.equal((await world.core.tours.getJourney(journey.id))?.progress[0]?.state, 'sent');
    });

    it('shows the resource person on Slack with a contact button that answers their address', async () => {
      const title = tag('Contact');
      const tour = await world.core.tours.create(
        automation,
        simpleTour('contact', [['a', 'first contact', title]]),
      );
      const amb = await world.slackPerson('Abe Ambassador', { site: 'Nantes' });
      await world.core.tours.setResource(automation, 'site', 'Nantes', amb.person.id);
      const sue = await world.slackPerson('Sue Site', { site: 'Nantes', locale: 'fr' });
      const journey = await world.core.tours.startTour(tour.id, sue.person.id);
      await world.arrives(title);
      // Slack renders only web links, so the contact is an action there
      const card = await world.core.tours.act('back', sue.person, journey.id, 0, 'fr', 'slack', SLACK_TEAM);
      const contact = card.blocks
        .flatMap((b) => (b.type === 'buttons' ? b.buttons : []))
        .find((b) => b.kind === 'submit' && b.action === 'tour.contact');
      assert.ok(contact && contact.kind === 'submit', JSON.stringify(card));
      assert.equal(contact.label, 'Contacter Abe Ambassador');
      const result = await world.core.dispatcher.dispatch({
        action: 'tour.contact',
        payload: contact.payload ?? {},
        actor: sue.person,
        locale: 'fr',
        platform: 'slack',
      });
      assert.equal(result.notice, `Écrivez à Abe Ambassador : ${amb.person.email}`);
      // someone else's journey is not theirs to click
      await assert.rejects(
        world.core.tours.act('done', amb.person, journey.id, 0, 'fr'),
        (e: Error & { code?: string }) => e.code === 'not_found',
      );
    });

    it('counts a funnel per step and completion per department and site', async () => {
      const [a, b] = [tag('Funnel A'), tag('Funnel B')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('funnel', [
          ['a', 'first contact', a],
          ['b', 'PT1S', b],
        ]),
      );
      const p1 = await world.slackPerson('Fay Funnel', { department: 'Sales', site: 'Lyon' });
      const p2 = await world.slackPerson('Finn Funnel', { department: 'Support', site: 'Lyon' });
      const j1 = await world.core.tours.startTour(tour.id, p1.person.id);
      const j2 = await world.core.tours.startTour(tour.id, p2.person.id);
      await pollUntil(
        () => world.timesSent(b),
        (c) => c === 2,
        { what: 'both second steps' },
      );
      await world.core.tours.act('done', p1.person, j1.id, 0, 'en');
      await world.core.tours.act('done', p1.person, j1.id, 1, 'en');
      await world.core.tours.act('skip', p2.person, j2.id, 0, 'en');
      const stats = await world.core.tours.stats(tour.id);
      assert.deepEqual(stats.journeys, { total: 2, active: 1, completed: 1, stopped: 0 });
      assert.equal(stats.completionRate, 0.5);
      assert.deepEqual(
        stats.funnel.map((f) => [f.key, f.reached, f.done, f.skipped]),
        [
          ['a', 2, 1, 1],
          ['b', 2, 1, 0],
        ],
      );
      assert.deepEqual(stats.byDepartment, [
        { value: 'Sales', journeys: 1, completed: 1, rate: 1 },
        { value: 'Support', journeys: 1, completed: 0, rate: 0 },
      ]);
      assert.deepEqual(stats.bySite, [{ value: 'Lyon', journeys: 2, completed: 1, rate: 0.5 }]);
      assert.equal((await events('tour.completed', j1.id)).length, 1);
    });

    it('creates the ready-made welcome tour once, in French and English', async () => {
      const [again, twice] = await Promise.all([
        world.core.tours.ensureWelcomeTour(),
        world.core.tours.ensureWelcomeTour(),
      ]);
      assert.equal(again.id, twice.id);
      const all = await world.core.tours.list(automation);
      assert.equal(all.filter((t) => t.builtIn === 'relais-welcome').length, 1);
      assert.equal(again.steps.length, 4);
      for (const step of again.steps) {
        assert.ok(
          step.content.fr?.title && step.content.en?.title && step.content.fr.title !== step.content.en.title,
        );
      }
    });

    it('sends the next step once after a restart in the middle of a journey', async () => {
      const [a, b, c] = [tag('Restart A'), tag('Restart B'), tag('Restart C')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('restart', [
          ['a', 'first contact', a],
          ['b', 'PT3S', b],
          ['c', 'PT6S', c],
        ]),
      );
      const rex = await world.teamsPerson('Rex Restart');
      const journey = await world.core.tours.startTour(tour.id, rex.person.id);
      await world.arrives(a);
      await world.restart();
      await world.arrives(b);
      await world.arrives(c);
      assert.equal(world.timesSent(a), 1);
      assert.equal(world.timesSent(b), 1);
      assert.equal(world.timesSent(c), 1);
      const after = await world.core.tours.getJourney(journey.id);
      assert.deepEqual(
        after?.progress.map((p) => p.state),
        ['sent', 'sent', 'sent'],
      );
      // the second server started on the same database and did not create a second welcome tour
      assert.equal(
        (await world.core.tours.list(automation)).filter((t) => t.builtIn === 'relais-welcome').length,
        1,
      );
    });

    it('sends a step that fell due while the server was down once the new one has started', async () => {
      // a deploy: the new instance finds the step's job already due, and its workers must not run
      // it before the chat messengers are registered (it would be parked as unreachable)
      const [a, b, c] = [tag('Down A'), tag('Down B'), tag('Down C')];
      const tour = await world.core.tours.create(
        automation,
        simpleTour('down', [
          ['a', 'first contact', a],
          ['b', 'PT2S', b],
          ['c', 'PT4S', c],
        ]),
      );
      const dana = await world.teamsPerson('Dana Down');
      const journey = await world.core.tours.startTour(tour.id, dana.person.id);
      await world.arrives(a);
      const dueB = Date.parse(journey.progress[1]?.dueAt ?? '');
      assert.ok(Number.isFinite(dueB));
      await world.restart(() =>
        pollUntil(
          () => Date.now(),
          (now) => now >= dueB,
          { what: 'step B to fall due while the server is down' },
        ),
      );
      await world.arrives(b);
      await world.arrives(c);
      assert.equal(world.timesSent(b), 1);
      assert.equal(world.timesSent(c), 1);
    });
  },
  ['sqlite', 'postgres', 'postgres+redis'],
);
