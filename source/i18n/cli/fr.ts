import type {Catalogue} from '../translate.js';

/* Français : la ligne de commande (aide des sous-commandes, messages). Les notes sont dans cli/en.ts. */

export const frCli: Catalogue = {
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
	'cli.common.list-and': '{list} et {last}',
	'cli.common.unknown-role': 'Rôle inconnu « {role} ». Utilisez l’un de ceux-ci : {roles}.',
	'cli.common.viewer-cannot-record': 'un lecteur ne consigne rien. Utilisez --role chair ou --role secretary (ou changez la préférence role).',
	'cli.common.empty-share': '--share attend une URL (postgres://USER@HOST/DATABASE), pas une valeur vide',
	'cli.common.not-recorded': 'non consigné : {reason}',
	'cli.common.could-not-write': 'non consigné : impossible d’écrire {path} : {error}',
	'cli.common.recorded': 'Consigné : {what}\n  par {name} ({role}) à {time}, inscription {id}\n  dans {path}',
	'cli.record.entry-ambiguous': {one: '« {query} » correspond à {count} inscription ; donnez une plus grande partie de l’identifiant (voir council log).', other: '« {query} » correspond à {count} inscriptions ; donnez une plus grande partie de l’identifiant (voir council log).'},
	'cli.record.no-entry': 'Aucune inscription « {query} » dans le journal (voir council log pour les identifiants).',
	'cli.record.nothing-to-undo': 'Rien à annuler dans {path}.',
	'cli.record.undo-not-applicable': 'L’inscription {id} ne s’applique pas à ces données : il n’y a rien à annuler.',
	'cli.record.already-undone': 'L’inscription {id} est déjà annulée ; pour la rétablir, annulez l’annulation qui l’a supprimée (voir council log).',
	'cli.record.missing': {one: 'il manque {things}', other: 'il manque {things}'},
	'cli.record.does-not-apply': '{option} ne s’applique pas à record {kind}',
	'cli.record.note-too-long': {one: 'La note compte {count} caractère ; le journal en admet au plus {max}.', other: 'La note compte {count} caractères ; le journal en admet au plus {max}.'},
	'cli.record.unknown-delegation-kind': 'Type de délégation inconnu « {kind} ». Utilisez l’un de ceux-ci : {kinds}.',
	'cli.record.say-what': 'dites quoi consigner : {kinds}',
	'cli.record.unknown-kind': 'type inconnu « {kind} » : {kinds}',
	'cli.record.undo-one-entry': 'undo prend au plus un identifiant d’inscription',
	'cli.record.missing-or-extra': 'arguments manquants ou en trop',
	'cli.common.say-what-to-do': 'dites quoi faire : {actions}',
	'cli.common.unknown-action': 'action inconnue « {action} » : {actions}',
	'cli.common.journal-warning': 'avertissement : {path} : {message}',
	'cli.common.cannot-read': 'impossible de lire {path} : {error}',
	'cli.floor.journal-is-directory': '{path} n’est pas un fichier de journal (c’est un dossier)',
	'cli.floor.journal-not-regular': '{path} n’est pas un fichier de journal (ce n’est pas un fichier ordinaire)',
	'cli.floor.no-current-item': 'aucun point de l’ordre du jour n’est en cours : indiquez-en un avec --item ITEM (ou council record current ITEM)',
	'cli.floor.by-not-number': '--by attend un nombre entier de places, pas « {value} » (négatif : vers le haut)',
	'cli.floor.list-empty': 'la liste des orateurs est vide',
	'cli.floor.nobody-has-floor': 'personne n’a la parole',
	'cli.floor.plan-not-minutes': 'une durée prévue est un nombre de minutes (1440 au plus), pas « {value} »',
	'cli.floor.move-one-of': 'move prend une seule des options --up, --down ou --by N',
	'cli.floor.statement-empty': 'une déclaration doit avoir un texte',
	'cli.floor.statement-too-long': {one: 'la déclaration compte {count} caractère ; elle en admet au plus {max}', other: 'la déclaration compte {count} caractères ; elle en admet au plus {max}'},
	'cli.floor.arity-none': 'ne prend pas d’argument',
	'cli.floor.arity-minutes': 'prend MINUTES',
	'cli.floor.arity-delegation': 'prend une DELEGATION',
	'cli.floor.arity-statement': 'prend DELEGATION TEXT (mettez le texte entre guillemets)',
	'cli.floor.request-both': 'une demande est une motion d’ordre ou un droit de réponse, pas les deux',
	'cli.floor.request-only': '--point-of-order et --reply vont avec floor request, pas avec floor {action}',
	'cli.floor.rejected': '{reason} ; rien n’est consigné',
	'cli.common.dataset-to-change': 'indiquez les données à modifier : --data FILE (les données fournies ne sont pas modifiées)',
	'cli.agenda.unknown-command': 'commande agenda inconnue « {command} » : {actions}',
	'cli.agenda.takes-nothing': 'agenda {verb} ne prend pas d’argument',
	'cli.agenda.takes': 'agenda {verb} prend {arguments}',
	'cli.agenda.move-one-of': 'agenda move prend une seule des options --before NUMBER ou --after NUMBER',
	'cli.agenda.journal-unreadable': 'le journal {path} ne peut pas être lu ({code}) : on ne sait donc pas s’il contient des inscriptions sur le point {number}',
	'cli.common.nothing-written': 'rien n’a été écrit',
	'cli.new.name-file': 'indiquez le FILE à créer',
	'cli.new.not-data': 'council new prend le FILE à créer, pas --data',
	'cli.new.say-title': 'indiquez le --title de la session',
	'cli.new.exists': '{name} existe déjà ; utilisez --force pour le remplacer (l’ancien est conservé sous {name}.bak)',
	'cli.new.not-regular': '{name} n’est pas un fichier ordinaire ; il n’est pas remplacé',
	'cli.new.is-folder': '{name} n’est pas un fichier ordinaire (c’est un dossier) ; il n’est pas remplacé',
	'cli.new.is-journal': '{name} est un journal (sa première ligne est celle d’un journal) ; des données ne sont jamais écrites à la place d’un journal',
	'cli.new.member-states': 'la liste des États Membres ne peut pas être lue : {message}',
	'cli.new.field-length': 'le champ {field} doit compter de 1 à 500 caractères',
	'cli.session.synopsis': 'council session set --title/--place/--dates/--body',
	'cli.session.say-what': 'dites quoi fixer : --title, --place, --dates ou --body',
	'cli.common.one-dataset': 'indiquez un seul fichier de données, en DATASET ou par --data FILE',
	'cli.common.warning': 'avertissement : {message}',
	'cli.export.output-is-journal': '--output {output} est le journal utilisé : il n’est pas remplacé (choisissez un autre fichier)',
	'cli.export.output-is-dataset': '--output {output} est le fichier de données utilisé : il n’est pas remplacé (choisissez un autre fichier)',
	'cli.common.cannot-write': 'impossible d’écrire {path} : {error}',
	'cli.export.cannot-write-exists': 'impossible d’écrire {path} : {error} (--force le remplace)',
	'cli.export.journal-or-share': 'indiquez --journal PATH ou --share URL, pas les deux',
	'cli.export.written': 'Procès-verbal écrit dans {path}',
	'cli.log.heading': {zero: 'Journal {path} : aucune inscription pour l’instant', one: 'Journal {path} : {count} inscription', other: 'Journal {path} : {count} inscriptions'},
	'cli.log.undone': '(annulée)',
	'cli.log.ignored': '(ignorée : {reason})',
	'cli.matrix.unknown-format': 'format inconnu « {format} » (text, csv ou json)',
	'cli.validate.ok': 'ok : {name} ({counts})',
	'cli.validate.ok-warnings': 'ok : {name} ({counts}, {warnings})',
	'cli.validate.invalid': {one: 'invalide : {name} ({count} problème)', other: 'invalide : {name} ({count} problèmes)'},
	'cli.validate.warnings': {one: '{count} avertissement', other: '{count} avertissements'},
	'cli.validate.agenda-items': {one: '{count} point de l’ordre du jour', other: '{count} points de l’ordre du jour'},
	'cli.validate.documents': {one: '{count} document', other: '{count} documents'},
	'cli.validate.resolutions': {one: '{count} résolution', other: '{count} résolutions'},
	'cli.validate.proposals': {one: '{count} proposition', other: '{count} propositions'},
	'cli.validate.delegations': {one: '{count} délégation', other: '{count} délégations'},
	'cli.validate.positions': {one: '{count} position', other: '{count} positions'},
	'cli.import.action.add': 'ajouté',
	'cli.import.action.reuse': 'repris',
	'cli.import.action.skip': 'ignoré',
	'cli.import.action.replace': 'remplacé',
	'cli.import.kind.agenda-item': 'point',
	'cli.import.kind.delegation': 'délégation',
	'cli.import.kind.document': 'document',
	'cli.import.kind.instrument': 'instrument',
	'cli.import.kind.language-version': 'version linguistique',
	'cli.import.kind.principle': 'principe',
	'cli.import.kind.proposal': 'proposition',
	'cli.import.kind.report': 'rapport',
	'cli.import.kind.resolution': 'résolution',
	'cli.import.kind.session': 'session',
	'cli.import.will-create': '{name} n’existe pas encore : il sera créé',
	'cli.import.not-valid-dataset': '{name} n’est pas un fichier de données valide : rien n’a été importé',
	'cli.import.name-file': 'indiquez au moins un FILE à importer',
	'cli.import.warning': '{name} : avertissement : {message}',
	'cli.import.warning-repeated': '{name} : avertissement (×{times}) : {message}',
	'cli.import.no-document': 'aucun document trouvé',
	'cli.import.nothing-imported': 'rien n’a été importé',
	'cli.import.invalid-result': 'résultat invalide : {problem}',
	'cli.import.result-invalid': 'le résultat ne serait pas un fichier de données valide : rien n’a été écrit',
	'cli.import.dry-run': '(essai : rien n’a été écrit)',
	'cli.import.unchanged': 'inchangé : {name} contient déjà tout cela (rien n’a été écrit)',
	'cli.import.not-written': '{name} : n’a pas pu être écrit ({why}) : les données sont inchangées',
	'cli.import.wrote': '{file} écrit',
	'cli.import.wrote-backup': '{file} écrit (version précédente : {backup})',
	'cli.share.entries': {one: '{count} inscription', other: '{count} inscriptions'},
	'cli.share.viewer-together': '--viewer-role et --viewer-password vont ensemble (ou COUNCIL_VIEWER_PASSWORD pour le mot de passe)',
	'cli.share.ready-current': 'Journal partagé prêt à {url} : schéma version {version} (déjà à jour)',
	'cli.share.ready-created': 'Journal partagé prêt à {url} : schéma version {version} (créé)',
	'cli.share.ready-migrated': 'Journal partagé prêt à {url} : schéma version {version} (depuis la version {from})',
	'cli.share.viewer-created': 'Rôle de lecture « {role} » créé : il peut lire le journal partagé, pas y écrire',
	'cli.share.viewer-updated': 'Rôle de lecture « {role} » mis à jour : il peut lire le journal partagé, pas y écrire',
	'cli.share.local-last-known': 'Journal local {path} : {entries}, {status} (dernier état connu)',
	'cli.share.shared-status': {one: 'Journal partagé {url} : {entries} de {count} machine, schéma version {version}', other: 'Journal partagé {url} : {entries} de {count} machines, schéma version {version}'},
	'cli.share.local-status': 'Journal local {path} : {entries}, {shared}{others}',
	'cli.share.all-shared': 'toutes partagées',
	'cli.share.not-shared': {one: '{count} inscription non partagée (council share push)', other: '{count} inscriptions non partagées (council share push)'},
	'cli.share.others-not-here': {one: ' ; {count} inscription d’autres machines pas encore ici (council share pull)', other: ' ; {count} inscriptions d’autres machines pas encore ici (council share pull)'},
	'cli.share.pushed': 'Envoi : {entries} de {path} vers {url} ; le journal partagé en contient {total}',
	'cli.share.pulled': 'Réception : {entries} de {url} dans {path} ; le journal partagé en contient {total}',
	'cli.share.url-once': 'donnez l’URL une seule fois : en argument ou par --share',
	'cli.share.needs-url': 'share {action} a besoin de l’URL du journal partagé : --share postgres://USER@HOST/DATABASE (ou COUNCIL_SHARE)',
	'cli.start.author-preference': ' (la préférence authorName dans {path})',
	'cli.start.journal-problem': 'le journal {path} : {problem}.',
	'cli.error.invalid-option': 'option invalide',
	'cli.output.cannot-write-stdout': 'impossible d’écrire sur la sortie standard : {reason}',
	'cli.output.failed': 'l’écriture a échoué',
	'cli.output.ENOSPC': 'plus d’espace sur le périphérique',
	'cli.output.EDQUOT': 'le quota de disque est épuisé',
	'cli.output.EIO': 'une erreur d’entrée/sortie',
	'cli.output.EBADF': 'elle est fermée',
	'cli.output.EFBIG': 'le fichier est trop volumineux',
	'cli.output.EAGAIN': 'elle n’est pas prête (non bloquante)',
};
