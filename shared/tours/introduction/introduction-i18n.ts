/** Strings of the newcomer's introduction to their team, spread into the core catalogues. */
import type { Locale } from '../../i18n/i18n.js';

export const introductionEn = {
  'tour.introduce.offer.title': 'Introduce yourself to your team',
  'tour.introduce.offer.body':
    'Would you like Relais to post a short presentation of you in your team’s channel? You write or approve it first; nothing is posted without your go-ahead.',
  'tour.introduce.button': 'Introduce me to my team',
  'tour.introduce.not_now': 'Not now',
  'tour.introduce.dialog.title': 'Introduce me',
  'tour.introduce.dialog.body':
    'Here is a draft from your profile. Change it as you like: it is posted in your team’s channel only when you press **Post it**.',
  'tour.introduce.dialog.text': 'Your presentation',
  'tour.introduce.dialog.text_required': 'Write a few words before posting',
  'tour.introduce.dialog.submit': 'Post it',
  'tour.introduce.draft.hello': 'Hello everyone! I am {name}.',
  'tour.introduce.draft.department': 'I have just joined {department}.',
  'tour.introduce.draft.site': 'I work at {site}.',
  'tour.introduce.draft.closing': 'I look forward to meeting you!',
  'tour.introduce.post.heading': 'Please welcome {name}',
  'tour.introduce.post.context': 'Posted by Relais at {name}’s request.',
  'tour.introduce.posted': 'Done: your presentation is in your team’s channel.',
  'tour.introduce.already': 'You have already introduced yourself to this team.',
  'tour.introduce.declined': 'No problem: nothing was posted. Type **tour** if you change your mind.',
  'tour.introduce.no_channel':
    'Relais does not know your team’s channel yet, so nothing was posted. Ask your manager to add Relais to it.',
  'tour.introduce.failed': 'Your presentation could not be posted. Nothing was sent; please try again later.',
} as const;

export type IntroductionKey = keyof typeof introductionEn;

export const introductionFr: Record<IntroductionKey, string> = {
  'tour.introduce.offer.title': 'Présentez-vous à votre équipe',
  'tour.introduce.offer.body':
    'Voulez-vous que Relais publie une courte présentation de vous dans le canal de votre équipe ? Vous l’écrivez ou la validez d’abord ; rien n’est publié sans votre accord.',
  'tour.introduce.button': 'Me présenter à mon équipe',
  'tour.introduce.not_now': 'Pas maintenant',
  'tour.introduce.dialog.title': 'Me présenter',
  'tour.introduce.dialog.body':
    'Voici un brouillon tiré de votre profil. Modifiez-le à votre guise : il n’est publié dans le canal de votre équipe que lorsque vous appuyez sur **Publier**.',
  'tour.introduce.dialog.text': 'Votre présentation',
  'tour.introduce.dialog.text_required': 'Écrivez quelques mots avant de publier',
  'tour.introduce.dialog.submit': 'Publier',
  'tour.introduce.draft.hello': 'Bonjour à toutes et à tous ! Je suis {name}.',
  'tour.introduce.draft.department': 'Je viens de rejoindre {department}.',
  'tour.introduce.draft.site': 'Je travaille à {site}.',
  'tour.introduce.draft.closing': 'Au plaisir de vous rencontrer !',
  'tour.introduce.post.heading': 'Bienvenue à {name}',
  'tour.introduce.post.context': 'Publié par Relais à la demande de {name}.',
  'tour.introduce.posted': 'C’est fait : votre présentation est dans le canal de votre équipe.',
  'tour.introduce.already': 'Vous vous êtes déjà présenté·e à cette équipe.',
  'tour.introduce.declined': 'Pas de souci : rien n’a été publié. Tapez **tour** si vous changez d’avis.',
  'tour.introduce.no_channel':
    'Relais ne connaît pas encore le canal de votre équipe : rien n’a été publié. Demandez à votre responsable d’y ajouter Relais.',
  'tour.introduce.failed':
    'Votre présentation n’a pas pu être publiée. Rien n’a été envoyé ; réessayez plus tard.',
};

export const introductionCatalogues: Record<Locale, Record<IntroductionKey, string>> = {
  en: introductionEn,
  fr: introductionFr,
};
