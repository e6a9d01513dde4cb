/**
 * La politique de confidentialité en français : les mêmes sections que privacy-en.ts, écrites
 * d’après ce que le code de Relais enregistre et reçoit.
 */
import { contact, list, type PrivacyNotice, paragraph } from './legal-document.js';

export const privacyFr: PrivacyNotice = {
  title: 'Politique de confidentialité',
  intro:
    'Relais apporte la communication interne de votre organisation dans Microsoft Teams et Slack : actualités, sondages, parcours d’accueil des nouveaux arrivants et groupes partagés avec des invités. Cette notice explique quelles données personnelles il traite, pourquoi, où elles sont conservées et comment exercer vos droits.',
  sections: {
    controller: {
      heading: 'Qui est responsable de vos données',
      blocks: [
        paragraph(
          'Relais est exploité par l’organisation qui l’a déployé pour ses salariés, ses invités et ses partenaires : votre employeur, ou l’organisation qui vous a invité. Cette organisation est le responsable du traitement. Elle décide de l’usage de Relais, fait fonctionner son serveur et sa base de données, et répond à vos questions et à vos demandes.',
        ),
        paragraph(
          'Le logiciel Relais n’envoie aucune donnée à ses auteurs : tout reste sur les serveurs qu’exploite votre organisation et sur la plateforme de messagerie qu’elle utilise déjà.',
        ),
        contact,
      ],
    },
    data: {
      heading: 'Les données traitées',
      blocks: [
        list(
          [
            'Données d’annuaire',
            'vos nom, adresse e-mail professionnelle, service, site, responsable, date d’arrivée, langue préférée, fuseau horaire, votre statut de membre de l’organisation ou d’invité, l’activité ou non de votre compte, et les rôles que votre organisation vous confie dans Relais (administrateur, communicant, ambassadeur, responsable de groupe). Elles proviennent de votre profil Teams ou Slack quand vous utilisez Relais, et des exports d’annuaire ou des fichiers RH que votre organisation importe.',
          ],
          [
            'Identifiants de la plateforme de messagerie',
            'vos identifiants d’utilisateur Microsoft Teams et Microsoft Entra ID et le locataire de votre organisation, ou vos identifiants d’utilisateur et d’espace de travail Slack. Vos comptes sur les deux plateformes sont reliés par votre adresse e-mail.',
          ],
          [
            'Références de conversation',
            'pour chaque conversation où Relais est installé ou dans laquelle vous lui écrivez (votre conversation personnelle avec Relais, un canal, une conversation de groupe), les identifiants dont la plateforme a besoin pour que Relais puisse y publier des messages plus tard.',
          ],
          [
            'Journal d’activité',
            'les traces datées de vos interactions avec Relais : l’application installée ou retirée, le nom d’une commande utilisée, un bouton sélectionné, la conversation dans laquelle vous avez écrit à Relais (pas ce que vous avez écrit), l’ouverture de son onglet Accueil ; et, à mesure que votre organisation active ces fonctions, les actualités lues ou dont vous avez accusé réception, vos réponses aux sondages et enquêtes, et votre progression dans un parcours d’accueil.',
          ],
          [
            'Connexion à l’onglet',
            'dans Teams, Microsoft remet à l’onglet un jeton de connexion qui vous désigne, vous et votre organisation. Le serveur le vérifie à chaque requête et ne le conserve pas.',
          ],
          [
            'Journaux techniques',
            'le serveur enregistre des événements techniques (requêtes, erreurs) avec des identifiants, pour assurer le bon fonctionnement du service. Votre organisation conserve ces journaux selon ses propres règles.',
          ],
        ),
      ],
    },
    not_collected: {
      heading: 'Ce que Relais ne collecte pas',
      blocks: [
        list(
          'Relais ne lit pas vos autres conversations. Il ne reçoit que les messages qui lui sont adressés : ceux de votre conversation personnelle avec Relais et ceux qui le mentionnent (@Relais) dans un canal ou une conversation de groupe. Leur texte est lu pour vous répondre et n’est pas conservé : le journal d’activité ne garde que le nom de la commande.',
          'La plateforme signale aussi à Relais l’arrivée d’une personne dans une équipe, un canal ou un espace de travail Slack où il est présent (pour accueillir les nouveaux arrivants et tenir les groupes à jour) et, sur Slack, les réactions (emoji) dans ces canaux (pour compter les réactions aux actualités). Dans les conversations Teams où il est installé, il peut recevoir les accusés de lecture, pour savoir si ses propres messages ont été lus.',
          'L’onglet ne dépose aucun cookie et ne charge ni publicité, ni traceur, ni outil de mesure d’audience tiers. Dans la console autonome, la clé d’API d’un administrateur est gardée dans le stockage de session de l’onglet du navigateur et oubliée à sa fermeture.',
        ),
      ],
    },
    purposes: {
      heading: 'À quoi servent ces données',
      blocks: [
        list(
          [
            'Communication interne',
            'remettre les actualités et les annonces aux personnes à qui elles sont destinées (par site, service ou groupe), dans leur langue et à une heure adaptée à leur fuseau horaire.',
          ],
          [
            'Accueil des nouveaux arrivants',
            'accompagner les nouveaux arrivants dans un parcours d’accueil selon leur date d’arrivée et leur responsable.',
          ],
          [
            'Sondages, enquêtes et quiz',
            'recueillir les réponses et montrer les résultats aux personnes autorisées à les voir.',
          ],
          ['Groupes invités', 'partager des espaces avec les invités d’organisations partenaires.'],
          [
            'Mesure de l’adoption',
            'des chiffres de portée, de lecture et de participation, agrégés par site ou par service. Le tableau de bord n’affiche jamais un groupe de moins de cinq personnes (nombre fixé par votre organisation) : un service ou un site plus petit rejoint « autres », assez grand pour qu’aucune soustraction de deux chiffres ne le retrouve, et aucun chiffre n’est donné par personne. Tant que l’onglet Relais est visible, il le signale au serveur une fois par minute, pour estimer le temps passé ; rien n’est envoyé quand il est masqué.',
          ],
        ),
        paragraph(
          'La base légale est à préciser par votre organisation ; pour la communication interne, il s’agit le plus souvent de son intérêt légitime à informer et accueillir son personnel (article 6, paragraphe 1, point f, du RGPD).',
        ),
      ],
    },
    storage: {
      heading: 'Où elles sont conservées',
      blocks: [
        paragraph(
          'Dans la base de données de votre organisation, sur des serveurs qu’elle exploite ou qu’elle choisit : un fichier SQLite sur le serveur Relais, ou une base PostgreSQL, avec un serveur Redis pour les données de courte durée (files d’attente, caches) si elle en utilise un. Relais n’a pas de service central qui lui soit propre.',
        ),
        paragraph(
          'Les messages que Relais envoie et reçoit transitent par Microsoft Teams ou Slack, comme tout autre message sur ces plateformes.',
        ),
      ],
    },
    retention: {
      heading: 'Durée de conservation',
      blocks: [
        paragraph(
          'Aussi longtemps que votre organisation le décide, à une exception près : le journal d’activité. Chaque jour, il est résumé en chiffres par service, site et jour qui ne nomment personne ; ses entrées sont ensuite supprimées au bout de 395 jours (ou de la durée fixée par votre organisation), et seuls ces chiffres restent. Relais ne supprime pas de lui-même les fiches d’annuaire : au départ d’une personne, sa fiche est marquée inactive. Les données de courte durée expirent d’elles-mêmes, comme un profil Slack gardé une journée pour éviter de le redemander à Slack.',
        ),
        paragraph(
          'La suppression ou la correction sur demande passe par votre organisation, qui exploite la base de données : écrivez au contact ci-dessous.',
        ),
      ],
    },
    recipients: {
      heading: 'Qui les reçoit',
      blocks: [
        list(
          'Les personnes de votre organisation qui ont un rôle dans Relais voient ce dont leur rôle a besoin : les administrateurs gèrent l’annuaire ; les communicants et les responsables de groupe choisissent les destinataires et voient la portée de ce qu’ils publient.',
          'Les plateformes de messagerie que votre organisation utilise déjà acheminent les messages en tant que sous-traitants, selon ses propres contrats avec elles : Microsoft (Microsoft Teams) et Slack Technologies (Slack).',
          'L’hébergeur auquel votre organisation peut faire appel pour faire fonctionner le serveur Relais et sa base de données.',
        ),
        paragraph('Vos données ne sont ni vendues ni utilisées à des fins publicitaires.'),
      ],
    },
    rights: {
      heading: 'Vos droits',
      blocks: [
        paragraph(
          'En vertu du Règlement général sur la protection des données (RGPD), vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à leur traitement ou en demander la limitation, et les recevoir dans un format portable lorsque ce droit s’applique. Votre organisation vous répond dans un délai d’un mois.',
        ),
        contact,
        paragraph(
          'Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès d’une autorité de contrôle : en France, la CNIL (www.cnil.fr) ; ailleurs dans l’Union européenne, l’autorité de votre pays.',
        ),
      ],
    },
  },
};
