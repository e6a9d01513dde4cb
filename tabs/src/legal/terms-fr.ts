/** Les conditions d’utilisation en français : les mêmes sections que terms-en.ts. */
import { contact, list, pageLink, paragraph, type TermsOfUse } from './legal-document.js';

export const termsFr: TermsOfUse = {
  title: 'Conditions d’utilisation',
  intro:
    'Ces conditions fixent les règles d’utilisation de Relais, le service de communication interne que votre organisation met à votre disposition dans Microsoft Teams et Slack.',
  sections: {
    service: {
      heading: 'Le service',
      blocks: [
        paragraph(
          'Relais est fourni par l’organisation qui l’a déployé (votre employeur, ou l’organisation qui vous a invité) pour partager des actualités, organiser des sondages et des enquêtes, accueillir les nouveaux arrivants et travailler avec des invités. Ces conditions complètent les règles propres à votre organisation (charte informatique, règlement intérieur, contrat de travail ou de partenariat) ; en cas de différence, ce sont ses règles qui s’appliquent.',
        ),
      ],
    },
    access: {
      heading: 'Qui peut l’utiliser',
      blocks: [
        list(
          'Relais est ouvert au personnel de votre organisation et aux invités qu’elle convie, avec leur compte Microsoft Teams ou Slack.',
          'Votre organisation attribue les rôles (administrateur, communicant, ambassadeur, responsable de groupe) et peut les retirer, ou retirer votre accès, à tout moment.',
          'Les clés d’API de la console autonome sont réservées aux administrateurs et à l’automatisation : gardez-les secrètes et ne les partagez jamais.',
        ),
      ],
    },
    acceptable_use: {
      heading: 'Bon usage',
      blocks: [
        paragraph(
          'Utilisez Relais pour les besoins de votre organisation, avec la courtoisie attendue au travail. En particulier, ne faites pas ce qui suit :',
        ),
        list(
          'publier un contenu illicite, injurieux, discriminatoire ou harcelant, ou qui porte atteinte aux droits d’autrui ;',
          'partager des informations confidentielles avec des personnes qui n’ont pas à les connaître : vérifiez les destinataires avant de publier ;',
          'envoyer des messages en masse au-delà de ce que votre rôle demande ;',
          'chercher à contourner les contrôles d’accès, utiliser le compte d’une autre personne ou perturber le service.',
        ),
      ],
    },
    guests: {
      heading: 'Invités',
      blocks: [
        paragraph(
          'Les invités ne voient que ce que leurs groupes leur adressent. En tant qu’invité, ne diffusez pas ce que vous recevez au-delà de ce que l’organisation autorise. Votre accès prend fin avec votre invitation.',
        ),
      ],
    },
    content: {
      heading: 'Contenus',
      blocks: [
        paragraph(
          'Ce que vous publiez vous appartient ou appartient à votre organisation, selon ses règles. En publiant dans Relais, vous permettez qu’il soit montré aux destinataires que vous avez choisis. Les réponses aux sondages et enquêtes servent à l’objectif annoncé dans le sondage.',
        ),
      ],
    },
    warranty: {
      heading: 'Disponibilité et garantie',
      blocks: [
        paragraph(
          'Votre organisation fournit Relais en l’état. Elle peut le modifier, le suspendre ou l’arrêter. Relais dépend de la disponibilité de Microsoft Teams ou de Slack. Aucune garantie n’est donnée au-delà des engagements propres à votre organisation.',
        ),
      ],
    },
    personal_data: {
      heading: 'Données personnelles',
      blocks: [
        pageLink(
          'privacy',
          'La façon dont Relais traite vos données personnelles est expliquée dans la politique de confidentialité.',
        ),
      ],
    },
    changes: {
      heading: 'Modifications et contact',
      blocks: [
        paragraph(
          'Votre organisation peut mettre à jour ces conditions ; la version affichée ici est celle en vigueur. Pour toute question :',
        ),
        contact,
      ],
    },
  },
};
