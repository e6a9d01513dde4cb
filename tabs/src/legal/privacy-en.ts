/**
 * The privacy notice in English, written from what the Relais code stores and receives
 * (shared/store/schema.ts, shared/people, shared/events, bots/teams, bots/slack). The French
 * version in privacy-fr.ts has the same sections.
 */
import { contact, list, type PrivacyNotice, paragraph } from './legal-document.js';

export const privacyEn: PrivacyNotice = {
  title: 'Privacy notice',
  intro:
    'Relais brings your organisation’s internal communication into Microsoft Teams and Slack: news, polls, welcome tours for newcomers and groups shared with guests. This notice explains which personal data it processes, why, where it is kept and how to exercise your rights.',
  sections: {
    controller: {
      heading: 'Who is responsible for your data',
      blocks: [
        paragraph(
          'Relais is run by the organisation that deployed it for its staff, guests and partners: your employer, or the organisation that invited you. That organisation is the data controller. It decides what Relais is used for, runs the Relais server and its database, and answers your questions and requests.',
        ),
        paragraph(
          'The Relais software sends no data to its authors: everything stays on the servers your organisation operates, and on the chat platform it already uses.',
        ),
        contact,
      ],
    },
    data: {
      heading: 'What data Relais processes',
      blocks: [
        list(
          [
            'Directory data',
            'your name, work email address, department, site, manager, start date, preferred language, time zone, whether you are a member of the organisation or a guest, whether your account is still active, and the roles your organisation gives you in Relais (administrator, communicator, ambassador, group manager). They come from your Teams or Slack profile when you use Relais, and from the directory or HR exports your organisation imports.',
          ],
          [
            'Chat platform identifiers',
            'your Microsoft Teams user and Microsoft Entra ID identifiers and your organisation’s tenant, or your Slack user and workspace identifiers. Your accounts on both platforms are linked by your email address.',
          ],
          [
            'Conversation references',
            'for each conversation where Relais is installed or where you talk to it (your personal chat with Relais, a channel, a group chat), the identifiers the platform requires so that Relais can post messages there later.',
          ],
          [
            'Activity log',
            'dated records of your interactions with Relais: the app installed or removed, the name of a command you used, a button you selected, the conversation in which you wrote to Relais (not what you wrote), the opening of its Home tab; and, as your organisation enables these features, news read or acknowledged, answers to polls and surveys, and progress in a welcome tour.',
          ],
          [
            'Signing in to the tab',
            'inside Teams, Microsoft gives the tab a sign-in token naming you and your organisation. The server checks it on each request and does not keep it.',
          ],
          [
            'Technical logs',
            'the server records technical events (requests, errors) with identifiers, to keep the service running. Your organisation keeps these logs according to its own rules.',
          ],
        ),
      ],
    },
    not_collected: {
      heading: 'What Relais does not collect',
      blocks: [
        list(
          'Relais does not read your other conversations. It only receives the messages addressed to it: those in your personal chat with Relais and those that mention it (@Relais) in a channel or a group chat. Their text is read to answer you and is not kept: the activity log records only the name of the command.',
          'The platform also tells Relais when someone joins a team, a channel or a Slack workspace where it is present (to welcome newcomers and keep groups up to date) and, on Slack, about emoji reactions in those channels (to count reactions to news). In Teams chats where it is installed, it may receive read receipts, to know whether its own messages were read.',
          'The tab sets no cookies and loads no advertising, tracking or third-party analytics. In the standalone console, an administrator’s API key is kept in the browser tab’s session storage and forgotten when the tab is closed.',
        ),
      ],
    },
    purposes: {
      heading: 'Why it is processed',
      blocks: [
        list(
          [
            'Internal communication',
            'delivering news and announcements to the people they are meant for (by site, department or group), in their language and at a suitable time in their time zone.',
          ],
          ['Onboarding', 'guiding newcomers through a welcome tour based on their start date and manager.'],
          [
            'Polls, surveys and quizzes',
            'collecting answers and showing the results to the people entitled to see them.',
          ],
          ['Guest groups', 'sharing spaces with guests from partner organisations.'],
          [
            'Measuring adoption',
            'reach, reading and participation figures, aggregated by site or department. The dashboard never shows a group of fewer than five people (the number is set by your organisation): a smaller department or site joins “other”, kept large enough that no subtraction of two figures gives it back, and no figure is shown per person. While the Relais tab is visible it tells the server once a minute, to estimate the time spent in it; nothing is sent while it is hidden.',
          ],
        ),
        paragraph(
          'The legal basis is for your organisation to state; for internal communication it is usually its legitimate interest in informing and welcoming its staff (article 6(1)(f) of the GDPR).',
        ),
      ],
    },
    storage: {
      heading: 'Where it is stored',
      blocks: [
        paragraph(
          'In your organisation’s own database, on servers it operates or chooses: a SQLite file on the Relais server, or a PostgreSQL database, with a Redis server for short-lived data (queues, caches) if it uses one. Relais has no central service of its own.',
        ),
        paragraph(
          'The messages Relais sends and receives travel through Microsoft Teams or Slack, like any other message on those platforms.',
        ),
      ],
    },
    retention: {
      heading: 'How long it is kept',
      blocks: [
        paragraph(
          'As long as your organisation decides, with one exception: the activity log. Each day it is summarised into figures per department, site and day that name nobody; its entries are then deleted after 395 days (or the period your organisation sets), and only those figures remain. Relais does not delete directory records by itself: when someone leaves, their record is marked inactive. Short-lived data expires on its own, such as a Slack profile kept for one day to avoid asking Slack again.',
        ),
        paragraph(
          'Deletion or correction on request goes through your organisation, which operates the database: write to the contact below.',
        ),
      ],
    },
    recipients: {
      heading: 'Who receives it',
      blocks: [
        list(
          'People in your organisation with a role in Relais see what their role needs: administrators manage the directory; communicators and group managers choose audiences and see the reach of what they publish.',
          'The chat platforms your organisation already uses carry the messages as sub-processors under its own agreements with them: Microsoft (Microsoft Teams) and Slack Technologies (Slack).',
          'The hosting provider your organisation may use to run the Relais server and its database.',
        ),
        paragraph('Your data is not sold and is not used for advertising.'),
      ],
    },
    rights: {
      heading: 'Your rights',
      blocks: [
        paragraph(
          'Under the General Data Protection Regulation (GDPR), you may access your data, have it corrected or erased, object to its processing or ask for it to be restricted, and receive it in a portable format where that right applies. Your organisation answers within one month.',
        ),
        contact,
        paragraph(
          'If you think your rights are not respected, you may lodge a complaint with a supervisory authority: in France, the CNIL (www.cnil.fr); elsewhere in the European Union, the authority of your country.',
        ),
      ],
    },
  },
};
