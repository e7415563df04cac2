import type {Catalogue} from '../translate.js';

/* What council SUBCOMMAND --help says under each synopsis (the command lines stay as typed, in commands/registry.ts). Spread into cli/fr.ts with one line. */

export const frCliUsage: Catalogue = {
	'cli.usage.validate': `Sans FILE, vérifie le fichier de --data ou le jeu de données fourni. Code de
sortie 0 si tous les fichiers sont valides, 1 sinon.`,
	'cli.usage.lookup': `  REF     p. ex. 71, "Res 71", "Resolution 71 (Rev. Bucharest, 2022)",
          PP-22/157, "Art. 1", un numéro de point de l’ordre du jour, une cote
          de document ou un identifiant ; un numéro donné par le Conseil
          ("Decision 650 (C25)") est d’abord cherché parmi les décisions du
          journal
  --json  affiche la forme JSON stable décrite dans le README
  --journal PATH  le journal aux décisions numérotées (par défaut : le fichier
                  de la session, s’il existe)

Code de sortie 0 si REF désigne une seule chose, 1 s’il ne désigne rien (les
noms les plus proches sont proposés) ou plusieurs.`,
	'cli.usage.record': `ITEM est l’identifiant ou le numéro d’un point de l’ordre du jour
("PL 1.07") ; DELEGATION un identifiant ou une partie d’un nom, dans n’importe
quelle langue. OUTCOME : approved, adopted, noted, endorsed, deferred,
rejected, referred, other, confirmed, agreed, decided, instructed, chacun
éventuellement suivi de ce à quoi il s’applique
("approved: the draft Decision in Annex A") ; --outcome peut être répété.
NUMBER : celui du Conseil, "Decision 650 (C25)". Une décision sur un objet
déjà décidé la modifie (les deux restent dans le journal). Le résultat d’un
vote suit la majorité des membres présents et votants (les abstentions ne sont
pas des suffrages exprimés ; en cas d’égalité, la proposition n’est pas
adoptée) ; un vote par appel nominal énumère les États Membres dans l’ordre de
l’appel (les observateurs ne votent pas). STATUS : pending,
under-consideration, decided, deferred. STANCE : supports, opposes,
reservation, more-information, neutral. undo sans ENTRY annule la dernière
décision, le dernier vote, statut ou la dernière position en vigueur.
delegation ajoute au journal, pour tous les écrans, une délégation absente du
jeu de données (le Saint-Siège, une organisation ayant le statut
d’observateur) ; KIND : observer (par défaut), member-state, sector-member,
secretariat, other.

  --journal PATH   le journal (par défaut : le fichier de la session dans le
                   dossier des données)
  --data FILE      le jeu de données (par défaut : celui qui est fourni)
  --author NAME    qui consigne (par défaut : la préférence, sinon le nom
                   d’utilisateur)
  --role ROLE      chair, secretary ou viewer (par défaut : la préférence) ;
                   un lecteur (viewer) ne consigne rien
  --share URL      partager aussi l’inscription sur PostgreSQL (voir
                   council share --help)

Affiche ce qui a été consigné une fois l’inscription écrite sur le disque.
Code de sortie 1 pour un point, une délégation ou un résultat inconnus, ou
pour un lecteur ; 2 pour une erreur dans la ligne de commande.`,
	'cli.usage.log': `Énumère toutes les inscriptions du journal de la session, de la plus ancienne
à la plus récente (quand, qui, quoi, et l’identifiant pour council record undo
ENTRY) ; les lignes ignorées sont signalées sur la sortie d’erreur avec leur
numéro de ligne.
  --journal PATH   le journal (par défaut : le fichier de la session dans le
                   dossier des données)
  --json           {"journal": PATH, "entries": [...], "problems": [{"line",
                   "kind", "message"}], "undone": [ids], "ignored":
                   [{"entryId", "reason"}]}
  --share URL      le journal partagé à la place, dans l’ordre du serveur,
                   avec la machine qui a écrit chaque inscription (JSON :
                   "share", les inscriptions sous la forme {"seq", "machine",
                   "entry"})`,
	'cli.usage.export': `Le compte rendu, marqué comme projet : un en-tête (organe, session, séance,
date, heures locales, président), un tableau des sujets et des documents, puis
chaque point dans l’ordre où il a été examiné, en paragraphes numérotés
(présentation, déclarations, positions et réserves, la décision avec son
numéro et le vote) ; les inscriptions du journal sur lesquelles il repose, en
annexe.
  --format md     Markdown, sûr pour tout moteur de rendu (par défaut)
  --format text   texte brut pour l’impression, 80 colonnes
  --format json   la forme JSON documentée (README, "The summary record")
  --format docx   un document Word (exige --output) : vrais titres,
                  paragraphes numérotés, tableaux
  --meeting N     la séance N seulement (une nouvelle séance commence un autre
                  jour ou après une heure sans inscription)
  --item NUMBER   ce point de l’ordre du jour seulement (numéro ou
                  identifiant)
  --time-zone Z   le fuseau horaire des heures indiquées (par défaut : celui
                  de cette machine, p. ex. Europe/Zurich)
  --journal PATH  le journal (par défaut : le fichier de la session dans le
                  dossier des données)
  --share URL     le journal partagé sur PostgreSQL à la place, dans l’ordre
                  du serveur : chaque machine rédige le même compte rendu
  --output FILE   écrire dans FILE (de façon atomique) au lieu de la sortie
                  standard ; un fichier existant est refusé sans --force, le
                  journal ou le jeu de données en cours d’utilisation toujours
  DATASET         le fichier du jeu de données (ou --data FILE ; par défaut :
                  celui qui est fourni)`,
	'cli.usage.matrix': `Les délégations en lignes, les points de l’ordre du jour et leurs propositions
en colonnes ; dans chaque case, la position en vigueur (+ appuie,
- s’oppose, ! réserve, ? demande d’informations, = neutre, s a pris la parole
sans position, . rien), et sous chaque colonne le nombre de réserves et
d’objections ("ok" s’il n’y en a aucune).
  --format text   toute la matrice avec sa légende (par défaut)
  --format csv    une ligne par délégation, les positions en toutes lettres ;
                  les cellules ressemblant à des formules sont neutralisées
  --format json   {"format": "council-matrix", "version": 1, "columns",
                  "rows"}
  --journal PATH  le journal (par défaut : le fichier de la session dans le
                  dossier des données)`,
	'cli.usage.import': `Lit des contributions (.docx, ou leur export en texte brut) et les transforme
en entrées du jeu de données : le document, ses références (résolutions,
articles, rapports, documents), les sections de contexte, les propositions,
les principes et les notes de bas de page.
  --into DATASET  fusionner dans DATASET (les résolutions, articles, rapports
                  et délégations existants sont réutilisés ; un document déjà
                  présent est signalé) et l’écrire de façon atomique, en
                  conservant DATASET.bak
  --dry-run       énumérer ce qui serait ajouté ou réutilisé ; ne rien écrire
Sans --into, affiche un nouveau jeu de données complet (JSON) sur la sortie
standard. Les avertissements (texte laissé non classé, noms inconnus) vont sur
la sortie d’erreur. Code de sortie 1 si une entrée ne peut pas être lue ou si
le résultat serait invalide, 2 pour une erreur dans la ligne de commande.`,
	'cli.usage.floor': `Agit sur la liste des orateurs du point en cours de l’ordre du jour (ou de
--item ITEM). DELEGATION est un identifiant ou une partie d’un nom, dans
n’importe quelle langue. next donne la parole au premier de la liste ; end la
retire à qui l’a. Une déclaration (statement) tient en une ligne du compte
rendu ; --stance (supports, opposes, reservation, more-information, neutral)
la consigne aussi comme la position de la délégation sur le point. plan fixe
la durée prévue du point (au lieu de celle du plan de gestion du temps).

  --item ITEM      le point de l’ordre du jour (par défaut : celui en cours)
  --journal PATH   le journal (par défaut : le fichier de la session dans le
                   dossier des données)
  --data FILE      le jeu de données (par défaut : celui qui est fourni)
  --author NAME    qui consigne (par défaut : la préférence, sinon le nom
                   d’utilisateur)
  --role ROLE      chair, secretary ou viewer ; un lecteur (viewer) ne
                   consigne rien
  --json           list : la forme JSON décrite dans le README

Affiche ce qui a été consigné une fois l’inscription écrite sur le disque.
Code de sortie 1 quand le règlement s’y oppose (liste close, observateur qui a
déjà pris la parole, liste vide) ou qu’un nom est inconnu, rien n’étant
écrit ; 2 pour une erreur dans la ligne de commande.`,
	'cli.usage.share': `  init    créer les tables du journal partagé dans la base de données (une
          seconde fois : aucun changement), et au besoin un rôle qui peut les
          lire sans pouvoir y écrire
  push    envoyer les inscriptions du journal local que le serveur n’a pas
  pull    ajouter au journal local les inscriptions partagées par les autres
  status  combien d’inscriptions le serveur détient, et combien d’inscriptions
          d’ici ne sont pas partagées

  --share URL      postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
                   [?sslmode=require] (par défaut : COUNCIL_SHARE) ; PGHOST,
                   PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE et
                   ~/.pgpass complètent ce qu’elle omet
  --journal PATH   le journal local (par défaut : le fichier de la session
                   dans le dossier des données)
  --data FILE      le jeu de données, à la session duquel le journal partagé
                   est lié (par défaut : celui du journal, sinon celui qui est
                   fourni)
  --viewer-password PASSWORD  (ou COUNCIL_VIEWER_PASSWORD, hors de la liste
                              des processus)

Les inscriptions portent le nom de la machine (COUNCIL_MACHINE, sinon le nom
d’hôte). Les mots de passe ne sont jamais affichés. Code de sortie 1 si le
serveur ne peut pas être utilisé, 2 pour une erreur dans la ligne de commande.`,
	'cli.usage.new': `Écrit un jeu de données valide avec un nouvel identifiant de session (donc
son propre journal), les 194 États Membres de l’UIT comme délégations (noms
dans les six langues) et aucun point à l’ordre du jour.
  --body BODY        l’organe qui se réunit (par défaut : ITU Council)
  --dates START/END  premier et dernier jour, p. ex. 2025-06-17/2025-06-27 (ou
                     un seul jour)
  --force            remplacer un FILE existant (l’ancien est conservé sous
                     FILE.bak)
  --dry-run          montrer ce qui serait écrit ; ne rien écrire
Code de sortie 1 si FILE existe (sans --force) ou si les dates ne sont pas de
vrais jours ; 2 pour une erreur dans la ligne de commande.`,
	'cli.usage.agenda': `NUMBER est le code d’un point tel qu’il est écrit ("PL 1.3" ; "PL 1.03" est le
même code) ou l’identifiant d’un point. KIND : approve, adopt, consider (par
défaut), take-note, decide, elect, other. --document désigne un document déjà
présent dans le jeu de données, par sa cote (C25/28) ou son identifiant.
remove est refusé tant que le journal de la session contient des inscriptions
sur le point (--force le supprime quand même). sort range les points dans
l’ordre naturel (PL 1.2 avant PL 1.10), les rubriques dans l’ordre de leur
première apparition.
  --dry-run   montrer le changement ; ne rien écrire
Chacune affiche le changement, puis écrit FILE de façon atomique (la version
précédente est FILE.bak). Code de sortie 1, rien n’étant écrit, pour un point
ou un document inconnu, un numéro déjà utilisé ou un résultat qui ne serait
pas valide ; 2 pour une erreur dans la ligne de commande.`,
	'cli.usage.session': `Modifie le cadre de la session, affiche le changement et écrit FILE de façon
atomique (la version précédente est FILE.bak). Un cadre ainsi fixé n’est plus
marqué comme illustratif. Code de sortie 1, rien n’étant écrit, pour des
dates qui ne sont pas de vrais jours ou qui finissent avant de commencer ; 2
pour une erreur dans la ligne de commande.`,
};
