/**
 * Page templates per kind of group: the welcome text and resource sections a group of that kind
 * starts with, in French and English, until its managers write their own. The sections are
 * headings awaiting their links (a template cannot know the partner's documents); a section left
 * without links is not shown to guests.
 */
import type { GroupKind } from '../group-model.js';
import type { PortalContent } from './portal-model.js';

const section = (fr: string, en: string) => ({ title: { fr, en }, resources: [] });

export const portalTemplates: Record<GroupKind, PortalContent> = {
  partners: {
    welcome: {
      fr: 'Bienvenue dans l’espace de nos partenaires. Vous y trouvez nos actualités communes, les sondages en cours, les documents utiles et les personnes à contacter.',
      en: 'Welcome to our partners’ space. Here you find our shared news, open polls, useful documents and the people to contact.',
    },
    sections: [
      section('Documents du partenariat', 'Partnership documents'),
      section('Offres et supports de vente', 'Offers and sales material'),
      section('Événements communs', 'Joint events'),
    ],
    pinnedNews: [],
  },
  providers: {
    welcome: {
      fr: 'Bienvenue dans l’espace de nos prestataires. Vous y trouvez les consignes, les procédures et les contacts pour travailler avec nous.',
      en: 'Welcome to our providers’ space. Here you find the guidelines, procedures and contacts for working with us.',
    },
    sections: [
      section('Consignes et procédures', 'Guidelines and procedures'),
      section('Commandes et facturation', 'Orders and invoicing'),
      section('Sécurité et accès aux sites', 'Safety and site access'),
    ],
    pinnedNews: [],
  },
  clients: {
    welcome: {
      fr: 'Bienvenue dans votre espace client. Vous y trouvez les actualités de votre projet, nos questions, vos documents et vos interlocuteurs.',
      en: 'Welcome to your client space. Here you find your project’s news, our questions for you, your documents and your contacts.',
    },
    sections: [
      section('Votre projet', 'Your project'),
      section('Documentation et aide', 'Documentation and help'),
      section('Support', 'Support'),
    ],
    pinnedNews: [],
  },
  project: {
    welcome: {
      fr: 'Bienvenue dans l’espace du projet.',
      en: 'Welcome to the project’s space.',
    },
    sections: [section('Documents du projet', 'Project documents')],
    pinnedNews: [],
  },
};
