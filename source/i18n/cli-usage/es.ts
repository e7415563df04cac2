import type {Catalogue} from '../translate.js';

/* What council SUBCOMMAND --help says under each synopsis (the command lines stay as typed, in commands/registry.ts). Spread into cli/es.ts with one line. */

export const esCliUsage: Catalogue = {
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
};
