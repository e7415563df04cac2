import type {Catalogue} from '../translate.js';

/* Español: la línea de órdenes (ayuda de las subórdenes, mensajes). Las notas están en cli/en.ts. */

export const esCli: Catalogue = {
	'cli.usage.validate': `Sin FILE, comprueba el archivo de --data o el conjunto de datos incluido.
Código de salida 0 si todos los archivos son válidos, 1 en caso contrario.`,
	'cli.usage.lookup': `  REF     p. ej. 71, "Res 71", "Resolution 71 (Rev. Bucharest, 2022)",
          PP-22/157, "Art. 1", un número de punto del orden del día, una
          signatura de documento o un identificador; un número asignado por el
          Consejo ("Decision 650 (C25)") se busca primero entre las decisiones
          del diario
  --json  muestra la forma JSON estable descrita en el README
  --journal PATH  el diario con las decisiones numeradas (por defecto: el
                  archivo de la sesión, si existe)

Código de salida 0 si REF designa una sola cosa, 1 si no designa nada (se
sugieren los nombres más cercanos) o designa varias.`,
	'cli.usage.record': `ITEM es el identificador o el número de un punto del orden del día
("PL 1.07"); DELEGATION, un identificador o parte de un nombre, en cualquier
idioma. OUTCOME: approved, adopted, noted, endorsed, deferred, rejected,
referred, other, confirmed, agreed, decided, instructed, cada uno seguido, si
se desea, de aquello a lo que se aplica
("approved: the draft Decision in Annex A"); --outcome puede repetirse.
NUMBER: el del Consejo, "Decision 650 (C25)". Una decisión sobre un objeto ya
decidido la modifica (ambas quedan en el diario). El resultado de una votación
sigue la mayoría de los miembros presentes y votantes (las abstenciones no son
votos emitidos; en caso de empate, no se adopta); una votación nominal enumera
los Estados Miembros en el orden en que se llaman (los observadores no votan).
STATUS: pending, under-consideration, decided, deferred. STANCE: supports,
opposes, reservation, more-information, neutral. undo sin ENTRY anula la
última decisión, votación, situación o posición vigente. delegation añade al
diario, para todas las pantallas, una delegación que falta en el conjunto de
datos (la Santa Sede, una organización observadora); KIND: observer (por
defecto), member-state, sector-member, secretariat, other.

  --journal PATH   el diario (por defecto: el archivo de la sesión en la
                   carpeta de datos)
  --data FILE      el conjunto de datos (por defecto: el incluido)
  --author NAME    quién registra (por defecto: la preferencia, si no el
                   nombre de usuario)
  --role ROLE      chair, secretary o viewer (por defecto: la preferencia); un
                   viewer (observador) no puede registrar
  --share URL      compartir también la entrada en PostgreSQL (véase council
                   share --help)

Muestra lo registrado una vez que la entrada está en el disco. Código de
salida 1 para un punto, una delegación o un resultado desconocidos, o para un
viewer; 2 para un error en la línea de órdenes.`,
	'cli.usage.log': `Enumera todas las entradas del diario de la sesión, de la más antigua a la más
reciente (cuándo, quién, qué, y el identificador para council record undo
ENTRY); las líneas omitidas se indican en la salida de error con su número de
línea.
  --journal PATH   el diario (por defecto: el archivo de la sesión en la
                   carpeta de datos)
  --json           {"journal": PATH, "entries": [...], "problems": [{"line",
                   "kind", "message"}], "undone": [ids], "ignored":
                   [{"entryId", "reason"}]}
  --share URL      en su lugar, el diario compartido, en el orden del
                   servidor, con la máquina que escribió cada entrada (JSON:
                   "share", las entradas como {"seq", "machine", "entry"})`,
	'cli.usage.export': `El acta resumida, marcada como proyecto: un encabezado (órgano, reunión,
sesión, fecha, horas locales, presidencia), un cuadro de asuntos y documentos,
y luego cada punto en el orden en que se examinó, en párrafos numerados
(presentación, declaraciones, posiciones y reservas, la decisión con su número
y la votación); las entradas del diario en que se basa, en un anexo.
  --format md     Markdown, seguro para cualquier visor (por defecto)
  --format text   texto sin formato para imprimir, 80 columnas
  --format json   la forma JSON documentada (README, "The summary record")
  --format docx   un documento Word (requiere --output): títulos reales,
                  párrafos numerados, cuadros
  --meeting N     solo la sesión N (una nueva sesión empieza otro día o tras
                  una hora sin entradas)
  --item NUMBER   solo este punto del orden del día (número o identificador)
  --time-zone Z   la zona horaria de las horas indicadas (por defecto: la de
                  esta máquina, p. ej. Europe/Zurich)
  --journal PATH  el diario (por defecto: el archivo de la sesión en la
                  carpeta de datos)
  --share URL     el diario compartido en PostgreSQL en su lugar, en el orden
                  del servidor, para que cada máquina redacte el mismo resumen
  --output FILE   escribir en FILE (de forma atómica) en lugar de la salida
                  estándar; un archivo existente se rechaza sin --force, y el
                  diario o el conjunto de datos en uso, siempre
  DATASET         el archivo del conjunto de datos (o --data FILE; por
                  defecto: el incluido)`,
	'cli.usage.matrix': `Las delegaciones en filas, los puntos del orden del día y sus propuestas en
columnas; en cada casilla, la posición vigente (+ apoya, - se opone, !
reserva, ? más información, = neutral, s habló sin tomar posición, . nada), y
bajo cada columna el número de reservas y objeciones ("ok" si no hay ninguna).
  --format text   toda la matriz con su leyenda (por defecto)
  --format csv    una fila por delegación, las posiciones en palabras; las
                  celdas que parecen fórmulas se neutralizan
  --format json   {"format": "council-matrix", "version": 1, "columns",
                  "rows"}
  --journal PATH  el diario (por defecto: el archivo de la sesión en la
                  carpeta de datos)`,
	'cli.usage.import': `Lee contribuciones (.docx, o su exportación en texto sin formato) y las
convierte en entradas del conjunto de datos: el documento, sus referencias
(resoluciones, artículos, informes, documentos), las secciones de
antecedentes, las propuestas, los principios y las notas a pie de página.
  --into DATASET  fusionar en DATASET (se reutilizan las resoluciones,
                  artículos, informes y delegaciones existentes; se indica un
                  documento que ya está) y escribirlo de forma atómica,
                  conservando DATASET.bak
  --dry-run       enumerar lo que se añadiría o reutilizaría; no escribir nada
Sin --into, muestra un nuevo conjunto de datos completo (JSON) en la salida
estándar. Las advertencias (texto sin clasificar, nombres desconocidos) van a
la salida de error. Código de salida 1 si no puede leerse una entrada o el
resultado no sería válido, 2 para un error en la línea de órdenes.`,
	'cli.usage.floor': `Actúa sobre la lista de oradores del punto actual del orden del día (o de
--item ITEM). DELEGATION es un identificador o parte de un nombre, en
cualquier idioma. next concede la palabra al primero de la lista; end se la
retira a quien la tiene. Una declaración (statement) es una línea del acta
resumida; --stance (supports, opposes, reservation, more-information, neutral)
la registra también como la posición de la delegación sobre el punto. plan
fija la duración prevista del punto (en lugar de la del plan de gestión del
tiempo).

  --item ITEM      el punto del orden del día (por defecto: el actual)
  --journal PATH   el diario (por defecto: el archivo de la sesión en la
                   carpeta de datos)
  --data FILE      el conjunto de datos (por defecto: el incluido)
  --author NAME    quién registra (por defecto: la preferencia, si no el
                   nombre de usuario)
  --role ROLE      chair, secretary o viewer; un viewer no puede registrar
  --json           list: la forma JSON descrita en el README

Muestra lo registrado una vez que la entrada está en el disco. Código de
salida 1 cuando el reglamento lo impide (lista cerrada, un observador que ya
habló, lista vacía) o un nombre es desconocido, sin escribir nada; 2 para un
error en la línea de órdenes.`,
	'cli.usage.share': `  init    crear las tablas del diario compartido en la base de datos (otra
          vez: ningún cambio) y, si se desea, un rol que puede leerlas pero
          no escribir en ellas
  push    enviar las entradas del diario local que el servidor no tiene
  pull    añadir al diario local las entradas que otros compartieron
  status  cuántas entradas tiene el servidor, y cuántas de aquí no están
          compartidas

  --share URL      postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE
                   [?sslmode=require] (por defecto: COUNCIL_SHARE); PGHOST,
                   PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE y
                   ~/.pgpass completan lo que omite
  --journal PATH   el diario local (por defecto: el archivo de la sesión en la
                   carpeta de datos)
  --data FILE      el conjunto de datos, a cuya sesión está ligado el diario
                   compartido (por defecto: el del diario, si no el incluido)
  --viewer-password PASSWORD  (o COUNCIL_VIEWER_PASSWORD, fuera de la lista
                              de procesos)

Las entradas llevan el nombre de la máquina (COUNCIL_MACHINE, si no el nombre
del host). Las contraseñas nunca se muestran. Código de salida 1 si no puede
usarse el servidor, 2 para un error en la línea de órdenes.`,
	'cli.usage.new': `Escribe un conjunto de datos válido con un nuevo identificador de sesión (y
por tanto su propio diario), los 194 Estados Miembros de la UIT como
delegaciones (nombres en los seis idiomas) y ningún punto del orden del día.
  --body BODY        el órgano que se reúne (por defecto: ITU Council)
  --dates START/END  primer y último día, p. ej. 2025-06-17/2025-06-27 (o un
                     solo día)
  --force            sustituir un FILE existente (el anterior se conserva como
                     FILE.bak)
  --dry-run          mostrar lo que se escribiría; no escribir nada
Código de salida 1 si FILE existe (sin --force) o las fechas no son días
reales; 2 para un error en la línea de órdenes.`,
	'cli.usage.agenda': `NUMBER es el código de un punto tal como se escribe ("PL 1.3"; "PL 1.03" es el
mismo código) o el identificador de un punto. KIND: approve, adopt, consider
(por defecto), take-note, decide, elect, other. --document designa un
documento que ya está en el conjunto de datos, por su signatura (C25/28) o su
identificador. remove se rechaza mientras el diario de la sesión tenga
entradas sobre el punto (--force lo suprime de todos modos). sort ordena los
puntos en orden natural (PL 1.2 antes de PL 1.10), y las secciones en el orden
en que aparecen por primera vez.
  --dry-run   mostrar el cambio; no escribir nada
Cada una muestra el cambio y luego escribe FILE de forma atómica (la versión
anterior es FILE.bak). Código de salida 1, sin escribir nada, para un punto o
documento desconocido, un número ya utilizado o un resultado que no sería
válido; 2 para un error en la línea de órdenes.`,
	'cli.usage.session': `Modifica el marco de la sesión, muestra el cambio y escribe FILE de forma
atómica (la versión anterior es FILE.bak). Un marco fijado así deja de estar
marcado como ilustrativo. Código de salida 1, sin escribir nada, para fechas
que no son días reales o que terminan antes de empezar; 2 para un error en la
línea de órdenes.`,
	'cli.common.list-and': '{list} y {last}',
	'cli.common.unknown-role': 'Rol desconocido «{role}». Utilice uno de estos: {roles}.',
	'cli.common.viewer-cannot-record': 'un observador no registra. Utilice --role chair o --role secretary (o cambie la preferencia role).',
	'cli.common.empty-share': '--share necesita una URL (postgres://USER@HOST/DATABASE), no una vacía',
	'cli.common.not-recorded': 'no registrado: {reason}',
	'cli.common.could-not-write': 'no registrado: no se pudo escribir {path}: {error}',
	'cli.common.recorded': 'Registrado: {what}\n  por {name} ({role}) a las {time}, entrada {id}\n  en {path}',
	'cli.record.entry-ambiguous': {one: '«{query}» coincide con {count} entrada; indique una parte mayor del identificador (véase council log).', other: '«{query}» coincide con {count} entradas; indique una parte mayor del identificador (véase council log).'},
	'cli.record.no-entry': 'Ninguna entrada «{query}» en el diario (véase council log para los identificadores).',
	'cli.record.nothing-to-undo': 'Nada que anular en {path}.',
	'cli.record.undo-not-applicable': 'La entrada {id} no se aplica a este conjunto de datos, así que no hay nada que anular.',
	'cli.record.already-undone': 'La entrada {id} ya está anulada; para restablecerla, anule la anulación que la suprimió (véase council log).',
	'cli.record.missing': {one: 'falta {things}', other: 'faltan {things}'},
	'cli.record.does-not-apply': '{option} no se aplica a record {kind}',
	'cli.record.note-too-long': {one: 'La nota tiene {count} carácter; el diario admite como máximo {max}.', other: 'La nota tiene {count} caracteres; el diario admite como máximo {max}.'},
	'cli.record.unknown-delegation-kind': 'Tipo de delegación desconocido «{kind}». Utilice uno de estos: {kinds}.',
	'cli.record.say-what': 'indique qué registrar: {kinds}',
	'cli.record.unknown-kind': 'tipo desconocido «{kind}»: {kinds}',
	'cli.record.undo-one-entry': 'undo admite como máximo un identificador de entrada',
	'cli.record.missing-or-extra': 'faltan argumentos o sobran',
	'cli.common.say-what-to-do': 'indique qué hacer: {actions}',
	'cli.common.unknown-action': 'acción desconocida «{action}»: {actions}',
	'cli.common.journal-warning': 'advertencia: {path}: {message}',
	'cli.common.cannot-read': 'no se puede leer {path}: {error}',
	'cli.floor.journal-is-directory': '{path} no es un archivo de diario (es una carpeta)',
	'cli.floor.journal-not-regular': '{path} no es un archivo de diario (no es un archivo normal)',
	'cli.floor.no-current-item': 'ningún punto del orden del día está en curso: indique uno con --item ITEM (o council record current ITEM)',
	'cli.floor.by-not-number': '--by necesita un número entero de puestos, no «{value}» (negativo: hacia arriba)',
	'cli.floor.list-empty': 'la lista de oradores está vacía',
	'cli.floor.nobody-has-floor': 'nadie tiene la palabra',
	'cli.floor.plan-not-minutes': 'una duración prevista es un número de minutos (hasta 1440), no «{value}»',
	'cli.floor.move-one-of': 'move admite solo una de las opciones --up, --down o --by N',
	'cli.floor.statement-empty': 'una declaración necesita un texto',
	'cli.floor.statement-too-long': {one: 'la declaración tiene {count} carácter; admite como máximo {max}', other: 'la declaración tiene {count} caracteres; admite como máximo {max}'},
	'cli.floor.arity-none': 'no admite argumentos',
	'cli.floor.arity-minutes': 'admite MINUTES',
	'cli.floor.arity-delegation': 'admite una DELEGATION',
	'cli.floor.arity-statement': 'admite DELEGATION TEXT (ponga el texto entre comillas)',
	'cli.floor.request-both': 'una petición es una cuestión de orden o un derecho de réplica, no ambas cosas',
	'cli.floor.request-only': '--point-of-order y --reply van con floor request, no con floor {action}',
	'cli.floor.rejected': '{reason}; no se ha registrado nada',
	'cli.common.dataset-to-change': 'indique el conjunto de datos que se modifica: --data FILE (el incluido no se modifica)',
	'cli.agenda.unknown-command': 'orden agenda desconocida «{command}»: {actions}',
	'cli.agenda.takes-nothing': 'agenda {verb} no admite argumentos',
	'cli.agenda.takes': 'agenda {verb} admite {arguments}',
	'cli.agenda.move-one-of': 'agenda move admite solo una de las opciones --before NUMBER o --after NUMBER',
	'cli.agenda.journal-unreadable': 'el diario {path} no puede leerse ({code}), así que no se sabe si tiene entradas sobre el punto {number}',
	'cli.common.nothing-written': 'no se ha escrito nada',
	'cli.new.name-file': 'indique el FILE que se crea',
	'cli.new.not-data': 'council new admite el FILE que se crea, no --data',
	'cli.new.say-title': 'indique el --title de la sesión',
	'cli.new.exists': '{name} ya existe; utilice --force para sustituirlo (el anterior se conserva como {name}.bak)',
	'cli.new.not-regular': '{name} no es un archivo normal; no se sustituye',
	'cli.new.is-folder': '{name} no es un archivo normal (es una carpeta); no se sustituye',
	'cli.new.is-journal': '{name} es un diario (su primera línea es la de un diario); nunca se escribe un conjunto de datos encima de uno',
	'cli.new.member-states': 'la lista de Estados Miembros no puede leerse: {message}',
	'cli.new.field-length': 'el campo {field} debe tener de 1 a 500 caracteres',
	'cli.session.synopsis': 'council session set --title/--place/--dates/--body',
	'cli.session.say-what': 'indique qué se fija: --title, --place, --dates o --body',
	'cli.common.one-dataset': 'indique un solo conjunto de datos, como DATASET o con --data FILE',
	'cli.common.warning': 'advertencia: {message}',
	'cli.export.output-is-journal': '--output {output} es el diario en uso: no se sobrescribe (elija otro archivo)',
	'cli.export.output-is-dataset': '--output {output} es el conjunto de datos en uso: no se sobrescribe (elija otro archivo)',
	'cli.common.cannot-write': 'no se puede escribir {path}: {error}',
	'cli.export.cannot-write-exists': 'no se puede escribir {path}: {error} (--force lo sustituye)',
	'cli.export.journal-or-share': 'indique --journal PATH o --share URL, no ambos',
	'cli.export.written': 'Acta escrita en {path}',
	'cli.log.heading': {zero: 'Diario {path}: aún no hay entradas', one: 'Diario {path}: {count} entrada', other: 'Diario {path}: {count} entradas'},
	'cli.log.undone': '(anulada)',
	'cli.log.ignored': '(omitida: {reason})',
	'cli.matrix.unknown-format': 'formato desconocido «{format}» (text, csv o json)',
	'cli.validate.ok': 'ok: {name} ({counts})',
	'cli.validate.ok-warnings': 'ok: {name} ({counts}, {warnings})',
	'cli.validate.invalid': {one: 'no válido: {name} ({count} problema)', other: 'no válido: {name} ({count} problemas)'},
	'cli.validate.warnings': {one: '{count} advertencia', other: '{count} advertencias'},
	'cli.validate.agenda-items': {one: '{count} punto del orden del día', other: '{count} puntos del orden del día'},
	'cli.validate.documents': {one: '{count} documento', other: '{count} documentos'},
	'cli.validate.resolutions': {one: '{count} resolución', other: '{count} resoluciones'},
	'cli.validate.proposals': {one: '{count} propuesta', other: '{count} propuestas'},
	'cli.validate.delegations': {one: '{count} delegación', other: '{count} delegaciones'},
	'cli.validate.positions': {one: '{count} posición', other: '{count} posiciones'},
	'cli.import.action.add': 'añade',
	'cli.import.action.reuse': 'reusa',
	'cli.import.action.skip': 'omite',
	'cli.import.action.replace': 'cambia',
	'cli.import.kind.agenda-item': 'punto',
	'cli.import.kind.delegation': 'delegación',
	'cli.import.kind.document': 'documento',
	'cli.import.kind.instrument': 'instrumento',
	'cli.import.kind.language-version': 'versión lingüística',
	'cli.import.kind.principle': 'principio',
	'cli.import.kind.proposal': 'propuesta',
	'cli.import.kind.report': 'informe',
	'cli.import.kind.resolution': 'resolución',
	'cli.import.kind.session': 'reunión',
	'cli.import.will-create': '{name} aún no existe: se creará',
	'cli.import.not-valid-dataset': '{name} no es un conjunto de datos válido: no se ha importado nada',
	'cli.import.name-file': 'indique al menos un FILE que importar',
	'cli.import.warning': '{name}: advertencia: {message}',
	'cli.import.warning-repeated': '{name}: advertencia (×{times}): {message}',
	'cli.import.no-document': 'no se ha encontrado ningún documento',
	'cli.import.nothing-imported': 'no se ha importado nada',
	'cli.import.invalid-result': 'resultado no válido: {problem}',
	'cli.import.result-invalid': 'el resultado no sería un conjunto de datos válido: no se ha escrito nada',
	'cli.import.dry-run': '(prueba: no se ha escrito nada)',
	'cli.import.unchanged': 'sin cambios: {name} ya contiene todo esto (no se ha escrito nada)',
	'cli.import.not-written': '{name}: no se pudo escribir ({why}): el conjunto de datos no ha cambiado',
	'cli.import.wrote': 'escrito {file}',
	'cli.import.wrote-backup': 'escrito {file} (versión anterior: {backup})',
	'cli.share.entries': {one: '{count} entrada', other: '{count} entradas'},
	'cli.share.viewer-together': '--viewer-role y --viewer-password van juntos (o COUNCIL_VIEWER_PASSWORD para la contraseña)',
	'cli.share.ready-current': 'Diario compartido listo en {url}: esquema versión {version} (ya actualizado)',
	'cli.share.ready-created': 'Diario compartido listo en {url}: esquema versión {version} (creado)',
	'cli.share.ready-migrated': 'Diario compartido listo en {url}: esquema versión {version} (desde la versión {from})',
	'cli.share.viewer-created': 'Rol de lectura «{role}» creado: puede leer el diario compartido, no escribir en él',
	'cli.share.viewer-updated': 'Rol de lectura «{role}» actualizado: puede leer el diario compartido, no escribir en él',
	'cli.share.local-last-known': 'Diario local {path}: {entries}, {status} (último estado conocido)',
	'cli.share.shared-status': {one: 'Diario compartido {url}: {entries} de {count} máquina, esquema versión {version}', other: 'Diario compartido {url}: {entries} de {count} máquinas, esquema versión {version}'},
	'cli.share.local-status': 'Diario local {path}: {entries}, {shared}{others}',
	'cli.share.all-shared': 'todas compartidas',
	'cli.share.not-shared': {one: '{count} entrada no compartida (council share push)', other: '{count} entradas no compartidas (council share push)'},
	'cli.share.others-not-here': {one: '; {count} entrada de otros aún no está aquí (council share pull)', other: '; {count} entradas de otros aún no están aquí (council share pull)'},
	'cli.share.pushed': 'Envío: {entries} de {path} a {url}; el diario compartido contiene {total}',
	'cli.share.pulled': 'Recepción: {entries} de {url} en {path}; el diario compartido contiene {total}',
	'cli.share.url-once': 'indique la URL una sola vez: como argumento o con --share',
	'cli.share.needs-url': 'share {action} necesita la URL del diario compartido: --share postgres://USER@HOST/DATABASE (o COUNCIL_SHARE)',
	'cli.start.author-preference': ' (la preferencia authorName en {path})',
	'cli.start.journal-problem': 'el diario {path}: {problem}.',
	'cli.error.invalid-option': 'opción no válida',
	'cli.output.cannot-write-stdout': 'no se puede escribir en la salida estándar: {reason}',
	'cli.output.failed': 'la escritura ha fallado',
	'cli.output.ENOSPC': 'no queda espacio en el dispositivo',
	'cli.output.EDQUOT': 'la cuota de disco se ha agotado',
	'cli.output.EIO': 'un error de entrada/salida',
	'cli.output.EBADF': 'está cerrada',
	'cli.output.EFBIG': 'el archivo es demasiado grande',
	'cli.output.EAGAIN': 'no está lista (no bloqueante)',
};
