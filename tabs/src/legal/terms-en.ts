/** The terms of use in English. The French version in terms-fr.ts has the same sections. */
import { contact, list, pageLink, paragraph, type TermsOfUse } from './legal-document.js';

export const termsEn: TermsOfUse = {
  title: 'Terms of use',
  intro:
    'These terms set the rules for using Relais, the internal communication service your organisation provides in Microsoft Teams and Slack.',
  sections: {
    service: {
      heading: 'The service',
      blocks: [
        paragraph(
          'Relais is provided by the organisation that deployed it (your employer, or the organisation that invited you) to share news, run polls and surveys, welcome newcomers and work with guests. These terms complement your organisation’s own rules (IT charter, internal regulations, employment or partnership agreements); where they differ, your organisation’s rules prevail.',
        ),
      ],
    },
    access: {
      heading: 'Who may use it',
      blocks: [
        list(
          'Relais is open to the staff of your organisation and to the guests it invites, through their Microsoft Teams or Slack account.',
          'Your organisation gives the roles (administrator, communicator, ambassador, group manager) and may withdraw them or your access at any time.',
          'API keys for the standalone console are for administrators and automation: keep them secret and never share them.',
        ),
      ],
    },
    acceptable_use: {
      heading: 'Acceptable use',
      blocks: [
        paragraph(
          'Use Relais for your organisation’s purposes, with the courtesy expected at work. In particular, do not:',
        ),
        list(
          'publish unlawful, insulting, discriminatory or harassing content, or content that infringes someone else’s rights;',
          'share confidential information with people who are not entitled to it: check the audience before you publish;',
          'send messages in bulk beyond what your role calls for;',
          'try to get around access controls, use someone else’s account, or disrupt the service.',
        ),
      ],
    },
    guests: {
      heading: 'Guests',
      blocks: [
        paragraph(
          'Guests only see what their groups address to them. As a guest, do not pass on what you receive beyond what the organisation allows. Your access ends when your invitation ends.',
        ),
      ],
    },
    content: {
      heading: 'Content',
      blocks: [
        paragraph(
          'What you publish belongs to you or to your organisation, according to its rules. By publishing in Relais, you allow it to be shown to the audience you chose. Answers to polls and surveys are used for the purpose stated in the poll.',
        ),
      ],
    },
    warranty: {
      heading: 'Availability and warranty',
      blocks: [
        paragraph(
          'Your organisation provides Relais as it is. It may change it, suspend it or stop it. Relais depends on Microsoft Teams or Slack being available. No warranty is given beyond your organisation’s own agreements.',
        ),
      ],
    },
    personal_data: {
      heading: 'Personal data',
      blocks: [
        pageLink('privacy', 'How Relais processes your personal data is explained in the privacy notice.'),
      ],
    },
    changes: {
      heading: 'Changes and contact',
      blocks: [
        paragraph(
          'Your organisation may update these terms; the version shown here is the one in force. For any question:',
        ),
        contact,
      ],
    },
  },
};
