/**
 * The ready-made welcome tour for Relais itself, in French and English: what Relais is, where
 * news and polls appear, who your contact (ambassador) is, where to get help. Created at first
 * start when absent (unique `built_in` key, so several instances create it once); communicators
 * edit it like any other tour.
 */
import type { TourInput } from './tour-model.js';
import { tourInputSchema } from './tour-model.js';

export const WELCOME_TOUR_KEY = 'relais-welcome';

export const welcomeTour = () =>
  tourInputSchema.parse({
    name: 'Bienvenue dans Relais / Welcome to Relais',
    description: 'Parcours d’accueil prêt à l’emploi / Ready-made welcome tour',
    status: 'active',
    audience: { who: 'everyone' },
    triggers: ['first_contact', 'manual'],
    steps: [
      {
        key: 'welcome',
        schedule: 'first contact',
        content: {
          fr: {
            title: 'Bienvenue dans Relais 👋',
            text: 'Relais apporte la communication interne de votre organisation **directement dans votre messagerie** : actualités, sondages et parcours d’accueil.\n\nCe parcours vous fait découvrir l’essentiel en quelques étapes, une à la fois.',
          },
          en: {
            title: 'Welcome to Relais 👋',
            text: 'Relais brings your organisation’s internal communication **right into your chat**: news, polls and welcome tours.\n\nThis tour shows you the essentials in a few steps, one at a time.',
          },
        },
      },
      {
        key: 'news-and-polls',
        schedule: 'day 1 at 10:00',
        content: {
          fr: {
            title: 'Où trouver les actualités et les sondages',
            text: 'Les actualités arrivent ici, dans cette conversation. Certaines vous demandent de confirmer votre lecture.\n\nLes sondages se répondent en un clic, directement dans la carte.\n\n- Tapez **actus** pour revoir les dernières actualités\n- Tapez **sondage** pour les sondages en cours',
          },
          en: {
            title: 'Where news and polls appear',
            text: 'News arrives here, in this conversation. Some items ask you to confirm you have read them.\n\nPolls are answered in one click, right in the card.\n\n- Type **news** to see the latest news again\n- Type **poll** for open polls',
          },
        },
      },
      {
        key: 'your-contact',
        schedule: 'day 2 at 09:30',
        content: {
          fr: {
            title: 'Votre ambassadeur',
            text: 'Une personne de votre service ou de votre site est là pour répondre à vos questions : c’est votre ambassadeur. Son nom et un bouton pour lui écrire sont en bas de chaque étape.',
          },
          en: {
            title: 'Your ambassador',
            text: 'Someone in your department or site is there to answer your questions: your ambassador. Their name and a button to write to them are at the bottom of every step.',
          },
        },
        task: {
          label: { fr: 'Dire bonjour à votre ambassadeur', en: 'Say hello to your ambassador' },
          remindEveryWorkingDays: 2,
          maxReminders: 2,
        },
      },
      {
        key: 'help',
        schedule: 'week 2 Monday at 10:00',
        content: {
          fr: {
            title: 'Où trouver de l’aide',
            text: 'Tapez **aide** à tout moment pour voir ce que Relais sait faire, et **parcours** pour revenir à ce parcours.\n\nUne question sur votre arrivée ? Votre ambassadeur est là.',
          },
          en: {
            title: 'Where to get help',
            text: 'Type **help** any time to see what Relais can do, and **tour** to come back to this tour.\n\nA question about settling in? Your ambassador is there.',
          },
        },
      },
    ],
  } satisfies TourInput);
