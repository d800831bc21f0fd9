<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>oht</name>
    <message>
        <source>empty path</source>
        <translation>ruta vacía</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is longer than 1024 bytes</source>
        <translation>la ruta &quot;%1&quot; ocupa más de 1024 bytes</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a control character</source>
        <translation>la ruta &quot;%1&quot; contiene un carácter de control</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is not valid UTF-8</source>
        <translation>la ruta &quot;%1&quot; no es UTF-8 válido</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a backslash</source>
        <translation>la ruta &quot;%1&quot; contiene una barra invertida</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is absolute</source>
        <translation>la ruta &quot;%1&quot; es absoluta</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; starts with a drive letter</source>
        <translation>la ruta &quot;%1&quot; empieza por una letra de unidad</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a &quot;..&quot; segment</source>
        <translation>la ruta &quot;%1&quot; contiene un segmento &quot;..&quot;</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a &quot;.&quot; segment</source>
        <translation>la ruta &quot;%1&quot; contiene un segmento &quot;.&quot;</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains an empty segment</source>
        <translation>la ruta &quot;%1&quot; contiene un segmento vacío</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a colon, which Windows cannot store</source>
        <translation>la ruta &quot;%1&quot; contiene dos puntos, que Windows no puede guardar</translation>
    </message>
</context>
<context>
    <name>oht::Error</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se ha cancelado la operación.</translation>
    </message>
</context>
<context>
    <name>oht::archive</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>No se puede escribir &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipReader</name>
    <message>
        <source>The archive has no entry &quot;%1&quot;.</source>
        <translation>El archivo comprimido no tiene la entrada &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipWriter</name>
    <message>
        <source>The zip writer for &quot;%1&quot; was already opened.</source>
        <translation>El escritor zip de &quot;%1&quot; ya estaba abierto.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>No se puede leer &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed or could not be read while it was being added to the archive.</source>
        <translation>&quot;%1&quot; cambió o no se pudo leer mientras se añadía al archivo comprimido.</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>no se puede volcar al disco</translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipWriter::Private</name>
    <message>
        <source>Writing &quot;%1&quot; already failed.</source>
        <translation>La escritura de &quot;%1&quot; ya había fallado.</translation>
    </message>
    <message>
        <source>The zip writer for &quot;%1&quot; is not open.</source>
        <translation>El escritor zip de &quot;%1&quot; no está abierto.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: %2.</source>
        <translation>No se puede añadir &quot;%1&quot; al archivo comprimido: %2.</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>no es un nombre de archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to the archive twice.</source>
        <translation>&quot;%1&quot; se ha añadido dos veces al archivo comprimido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from another entry only by letter case or Unicode normalisation.</source>
        <translation>&quot;%1&quot; solo se diferencia de otra entrada en mayúsculas y minúsculas o en la normalización Unicode.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entrada &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>oht::archive::detail</name>
    <message>
        <source>symbolic link</source>
        <translation>enlace simbólico</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tubería con nombre</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>archivo especial</translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::ByteBudget</name>
    <message>
        <source>Entry &quot;%1&quot; unpacks to more than %2.</source>
        <translation>La entrada &quot;%1&quot; ocupa más de %2 al descomprimirse.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 in total (limit reached in entry &quot;%2&quot;).</source>
        <translation>El archivo comprimido ocupa más de %1 en total al descomprimirse (límite alcanzado en la entrada &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 times its own size (at entry &quot;%2&quot;): it looks like a zip bomb.</source>
        <translation>El archivo comprimido se descomprime a más de %1 veces su propio tamaño (en la entrada &quot;%2&quot;): parece una bomba zip.</translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::EntryChecker</name>
    <message>
        <source>The archive has more than %1 entries (entry &quot;%2&quot; is one too many).</source>
        <translation>El archivo comprimido tiene más de %1 entradas (la entrada &quot;%2&quot; sobra).</translation>
    </message>
    <message>
        <source>Entry #%1 has a name that is not valid UTF-8 (&quot;%2&quot;).</source>
        <translation>La entrada n.º %1 tiene un nombre que no es UTF-8 válido (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted.</source>
        <translation>La entrada &quot;%1&quot; está cifrada.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry &quot;%1&quot; (%2).</source>
        <translation>El archivo comprimido está dañado en la entrada &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses the compression method &quot;%2&quot;; packs use deflate or none.</source>
        <translation>La entrada &quot;%1&quot; usa el método de compresión &quot;%2&quot;; los paquetes usan deflate o ninguno.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a control character in its name.</source>
        <translation>La entrada &quot;%1&quot; tiene un carácter de control en el nombre.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8.</source>
        <translation>La entrada &quot;%1&quot; tiene un nombre que no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a backslash in its name; pack paths use &quot;/&quot;.</source>
        <translation>La entrada &quot;%1&quot; tiene una barra invertida en el nombre; las rutas de los paquetes usan &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an absolute path.</source>
        <translation>La entrada &quot;%1&quot; tiene una ruta absoluta.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; starts with a drive letter.</source>
        <translation>La entrada &quot;%1&quot; empieza por una letra de unidad.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; points outside the pack (&quot;..&quot;).</source>
        <translation>La entrada &quot;%1&quot; apunta fuera del paquete (&quot;..&quot;).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an unsafe name: %2.</source>
        <translation>La entrada &quot;%1&quot; tiene un nombre inseguro: %2.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a hard link, not a regular file.</source>
        <translation>La entrada &quot;%1&quot; es un enlace duro, no un archivo normal.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a %2, not a regular file.</source>
        <translation>La entrada &quot;%1&quot; es un %2, no un archivo normal.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears more than once in the archive.</source>
        <translation>La entrada &quot;%1&quot; aparece más de una vez en el archivo comprimido.</translation>
    </message>
    <message>
        <source>Entries &quot;%1&quot; and &quot;%2&quot; differ only by letter case or Unicode normalisation.</source>
        <translation>Las entradas &quot;%1&quot; y &quot;%2&quot; solo se diferencian en mayúsculas y minúsculas o en la normalización Unicode.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a file, but &quot;%2&quot; uses it as a folder.</source>
        <translation>La entrada &quot;%1&quot; es un archivo, pero &quot;%2&quot; la usa como carpeta.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is inside &quot;%2&quot;, which is a file.</source>
        <translation>La entrada &quot;%1&quot; está dentro de &quot;%2&quot;, que es un archivo.</translation>
    </message>
    <message>
        <source>Folder entry &quot;%1&quot; has the name of the file &quot;%2&quot;.</source>
        <translation>La carpeta &quot;%1&quot; tiene el nombre del archivo &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::ReadSession</name>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation>No se puede leer el archivo comprimido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not enough memory to open the archive.</source>
        <translation>No hay memoria suficiente para abrir el archivo comprimido.</translation>
    </message>
    <message>
        <source>The archive is incomplete: its central directory is missing.</source>
        <translation>El archivo comprimido está incompleto: falta su directorio central.</translation>
    </message>
    <message>
        <source>The file is not a zip archive.</source>
        <translation>El archivo no es un archivo zip.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>entrada n.º %1</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;</source>
        <translation>entrada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not enough memory to read %1 of the archive.</source>
        <translation>No hay memoria suficiente para leer %1 del archivo comprimido.</translation>
    </message>
    <message>
        <source>The archive is incomplete: %1 is cut short (%2).</source>
        <translation>El archivo comprimido está incompleto: %1 está cortada (%2).</translation>
    </message>
    <message>
        <source>The archive is damaged at %1 (%2).</source>
        <translation>El archivo comprimido está dañado en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>oht::catalog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has validation errors; run &quot;ohtpack validate %1&quot;.</source>
        <translation>%1 tiene errores de validación; ejecute &quot;ohtpack validate %1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not signed; sign it first with &quot;ohtpack sign&quot;.</source>
        <translation>%1 no está firmado; fírmelo primero con &quot;ohtpack sign&quot;.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an ohtpack secret key file.</source>
        <translation>%1 no es un archivo de clave secreta de ohtpack.</translation>
    </message>
    <message>
        <source>%1 is not an ohtpack public key file.</source>
        <translation>%1 no es un archivo de clave pública de ohtpack.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>No se puede escribir el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but the catalog lists %3: it is damaged or not the catalog&apos;s pack; it was not installed.</source>
        <translation>%1 tiene %2 bytes, pero el catálogo indica %3: está dañado o no es el paquete del catálogo; no se ha instalado.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 differs from the catalog&apos;s: it is damaged or not the catalog&apos;s pack; it was not installed.</source>
        <translation>El SHA-256 de %1 no coincide con el del catálogo: está dañado o no es el paquete del catálogo; no se ha instalado.</translation>
    </message>
    <message>
        <source>The signature in %1 is malformed: %2</source>
        <translation>La firma de %1 está mal formada: %2</translation>
    </message>
    <message>
        <source>pack.json could not be read</source>
        <translation>no se pudo leer pack.json</translation>
    </message>
    <message>
        <source>%1 is not a valid pack, so it was not signed (%2). Run &quot;ohtpack validate&quot; for every problem.</source>
        <translation>%1 no es un paquete válido, así que no se ha firmado (%2). Ejecute &quot;ohtpack validate&quot; para ver todos los problemas.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::CatalogBuilder</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Write the catalog in %1 or a folder above it, so its pack URLs can be relative.</source>
        <translation>Escriba el catálogo en %1 o en una carpeta superior, para que las URL de los paquetes puedan ser relativas.</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is left out: %4 is newer.</source>
        <translation>Se omite %1 %2 (%3): %4 es más reciente.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>oht::catalog::CatalogConfig</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; fix or delete it to start from the defaults.</source>
        <translation>%1 está dañado; corríjalo o bórrelo para volver a la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>oht::catalog::CatalogLoader</name>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>No se puede leer el catálogo %1: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is larger than %2 MiB.</source>
        <translation>El catálogo %1 ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a catalog address (http, https or a folder).</source>
        <translation>%1 no es una dirección de catálogo (http, https o una carpeta).</translation>
    </message>
    <message>
        <source>No network access was given for %1.</source>
        <translation>No se ha dado acceso a la red para %1.</translation>
    </message>
    <message>
        <source>Cannot fetch the catalog %1: %2</source>
        <translation>No se puede descargar el catálogo %1: %2</translation>
    </message>
</context>
<context>
    <name>oht::catalog::CatalogReader</name>
    <message>
        <source>The catalog %1 is invalid: %2: %3</source>
        <translation>El catálogo %1 no es válido: %2: %3</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <source>it must be a whole number from 1.</source>
        <translation>debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>The catalog %1 has format %2; this app reads format 1. Update the app.</source>
        <translation>El catálogo %1 tiene el formato %2; esta aplicación lee el formato 1. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>it must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>paquete %1</translation>
    </message>
    <message>
        <source>it must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>pack %1 (%2)</source>
        <translation>paquete %1 (%2)</translation>
    </message>
    <message>
        <source>the id is listed twice.</source>
        <translation>el identificador aparece dos veces.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a pack id (3-100 characters of a-z 0-9 . -).</source>
        <translation>&quot;id&quot; debe ser un identificador de paquete (3-100 caracteres de a-z 0-9 . -).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a semantic version such as 1.2.0.</source>
        <translation>&quot;version&quot; debe ser una versión semántica como 1.2.0.</translation>
    </message>
    <message>
        <source>&quot;title&quot; must be 1-200 characters.</source>
        <translation>&quot;title&quot; debe tener entre 1 y 200 caracteres.</translation>
    </message>
    <message>
        <source>&quot;language&quot; is missing.</source>
        <translation>falta &quot;language&quot;.</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number of bytes (at most 64 GiB).</source>
        <translation>&quot;size&quot; debe ser un número entero de bytes (como máximo 64 GiB).</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 lower-case hex characters.</source>
        <translation>&quot;sha256&quot; debe tener 64 caracteres hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>&quot;minAppVersion&quot; must be a semantic version.</source>
        <translation>&quot;minAppVersion&quot; debe ser una versión semántica.</translation>
    </message>
    <message>
        <source>the catalog entry %1</source>
        <translation>la entrada del catálogo %1</translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing.</source>
        <translation>falta &quot;url&quot;.</translation>
    </message>
    <message>
        <source>&quot;url&quot; is not a valid URL.</source>
        <translation>&quot;url&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http(s) address or, in a local catalog, a file next to it.</source>
        <translation>&quot;url&quot; debe ser una dirección http(s) o, en un catálogo local, un archivo junto a él.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::DownloadJob</name>
    <message>
        <source>Cannot read the download of %1: %2</source>
        <translation>No se puede leer la descarga de %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: no network access was given.</source>
        <translation>%1 no se puede descargar: no se ha dado acceso a la red.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2.</source>
        <translation>No se pudo descargar %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger on the server than the %2 bytes the catalog lists; the download was stopped.</source>
        <translation>%1 ocupa en el servidor más que los %2 bytes que indica el catálogo; se ha detenido la descarga.</translation>
    </message>
    <message>
        <source>the connection stalled</source>
        <translation>la conexión se quedó parada</translation>
    </message>
    <message>
        <source>the connection ended early</source>
        <translation>la conexión terminó antes de tiempo</translation>
    </message>
    <message>
        <source>The download of %1 stopped at %2 of %3 MB (%4); it can be resumed.</source>
        <translation>La descarga de %1 se detuvo en %2 de %3 MB (%4); se puede reanudar.</translation>
    </message>
    <message>
        <source>The downloaded %1 is not the file the catalog lists (its size or SHA-256 differs); it was deleted.</source>
        <translation>El archivo %1 descargado no es el que indica el catálogo (su tamaño o su SHA-256 no coinciden); se ha borrado.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::Ed25519</name>
    <message>
        <source>The secret key is damaged or not an Ed25519 key.</source>
        <translation>La clave secreta está dañada o no es una clave Ed25519.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::EntryFileSink</name>
    <message>
        <source>Cannot write a temporary copy of %1: %2</source>
        <translation>No se puede escribir una copia temporal de %1: %2</translation>
    </message>
</context>
<context>
    <name>oht::catalog::KeyFile</name>
    <message>
        <source>%1 already exists; a secret key is never overwritten.</source>
        <translation>%1 ya existe; una clave secreta nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>The secret key in %1 is damaged.</source>
        <translation>La clave secreta de %1 está dañada.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::PackInstaller</name>
    <message>
        <source>%1 is not signed by a publisher; it was not installed.</source>
        <translation>%1 no está firmado por un editor; no se ha instalado.</translation>
    </message>
    <message>
        <source>pack.json in %1 is not valid; it was not installed.</source>
        <translation>El pack.json de %1 no es válido; no se ha instalado.</translation>
    </message>
    <message>
        <source>The catalog lists %1 %2, but the file is %3 %4; it was not installed.</source>
        <translation>El catálogo indica %1 %2, pero el archivo es %3 %4; no se ha instalado.</translation>
    </message>
    <message>
        <source>%1 %2 is installed; %3 is older and was not installed.</source>
        <translation>%1 %2 está instalado; %3 es más antiguo y no se ha instalado.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::PackSignature</name>
    <message>
        <source>&quot;algorithm&quot; is missing.</source>
        <translation>falta &quot;algorithm&quot;.</translation>
    </message>
    <message>
        <source>The signature in %1 uses the algorithm &quot;%2&quot;; this app knows only &quot;ed25519&quot;.</source>
        <translation>La firma de %1 usa el algoritmo &quot;%2&quot;; esta aplicación solo conoce &quot;ed25519&quot;.</translation>
    </message>
    <message>
        <source>&quot;keyId&quot; must be 16 lower-case hex characters.</source>
        <translation>&quot;keyId&quot; debe tener 16 caracteres hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>&quot;signature&quot; must be 64 bytes in base64.</source>
        <translation>&quot;signature&quot; debe tener 64 bytes en base64.</translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation>el archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::PackSigner</name>
    <message>
        <source>Cannot create a temporary folder next to %1.</source>
        <translation>No se puede crear una carpeta temporal junto a %1.</translation>
    </message>
    <message>
        <source>%1 lists its own signature.json in &quot;files&quot;; rebuild it with this version of ohtpack.</source>
        <translation>%1 incluye su propio signature.json en &quot;files&quot;; vuelva a construirlo con esta versión de ohtpack.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::PackVerifier</name>
    <message>
        <source>The pack is signed with &quot;%1&quot;; this app knows only ed25519.</source>
        <translation>El paquete está firmado con &quot;%1&quot;; esta aplicación solo conoce ed25519.</translation>
    </message>
    <message>
        <source>The pack is signed with the key %1, which is not one of your trusted publishers.</source>
        <translation>El paquete está firmado con la clave %1, que no es de ninguno de sus editores de confianza.</translation>
    </message>
    <message>
        <source>The pack&apos;s signature does not match the key of %1: the pack was changed after signing or is not theirs.</source>
        <translation>La firma del paquete no corresponde a la clave de %1: el paquete se modificó después de firmarse o no es suyo.</translation>
    </message>
    <message>
        <source>%1 is not signed.</source>
        <translation>%1 no está firmado.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::PartFile</name>
    <message>
        <source>Cannot write the download %1: %2</source>
        <translation>No se puede escribir la descarga %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::PublisherKey</name>
    <message>
        <source>&quot;%1&quot; is not an Ed25519 public key (44 characters of base64).</source>
        <translation>&quot;%1&quot; no es una clave pública Ed25519 (44 caracteres en base64).</translation>
    </message>
</context>
<context>
    <name>oht::catalog::RangeResponse</name>
    <message>
        <source>the server&apos;s file has %1 bytes, the catalog says %2</source>
        <translation>el archivo del servidor tiene %1 bytes y el catálogo dice %2</translation>
    </message>
    <message>
        <source>the server sent a part without a valid range</source>
        <translation>el servidor envió una parte sin un rango válido</translation>
    </message>
    <message>
        <source>the server sent bytes from %1, not from %2</source>
        <translation>el servidor envió bytes desde %1, no desde %2</translation>
    </message>
    <message>
        <source>the file on the server has changed</source>
        <translation>el archivo del servidor ha cambiado</translation>
    </message>
    <message>
        <source>the server refused the range</source>
        <translation>el servidor rechazó el rango</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
</context>
<context>
    <name>oht::catalog::SignedPack</name>
    <message>
        <source>%1 has no pack.json at its root.</source>
        <translation>%1 no tiene pack.json en la raíz.</translation>
    </message>
</context>
<context>
    <name>oht::catalog::UpdateSummary</name>
    <message>
        <source>%1 is not a version of %2.</source>
        <translation>%1 no es una versión de %2.</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::CatalogActions</name>
    <message>
        <source>&amp;Get Courses…</source>
        <translation>&amp;Obtener cursos…</translation>
    </message>
    <message>
        <source>&amp;Export Course…</source>
        <translation>E&amp;xportar curso…</translation>
    </message>
    <message>
        <source>Export Course</source>
        <translation>Exportar curso</translation>
    </message>
    <message>
        <source>Choose a course in the library first.</source>
        <translation>Elija primero un curso de la biblioteca.</translation>
    </message>
    <message>
        <source>HealthTech Toolkit courses</source>
        <translation>Cursos de HealthTech Toolkit</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::CatalogBrowser</name>
    <message>
        <source>Get Courses</source>
        <translation>Obtener cursos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No catalogs. Add the web address of a catalog or a folder that holds one, such as a USB stick.</source>
        <translation>No hay catálogos. Añada la dirección web de un catálogo o una carpeta que contenga uno, como una memoria USB.</translation>
    </message>
    <message>
        <source>Reading the catalog “%1”…</source>
        <translation>Leyendo el catálogo «%1»…</translation>
    </message>
    <message>
        <source>The catalog was not added: %1</source>
        <translation>No se ha añadido el catálogo: %1</translation>
    </message>
    <message>
        <source>Choose the Folder of a Catalog (USB Stick)</source>
        <translation>Elegir la carpeta de un catálogo (memoria USB)</translation>
    </message>
    <message>
        <source>The catalog was not removed: %1</source>
        <translation>No se ha quitado el catálogo: %1</translation>
    </message>
    <message>
        <source>This catalog offers no courses.</source>
        <translation>Este catálogo no ofrece cursos.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) in this catalog.</source>
        <translation>
            <numerusform>%n curso en este catálogo.</numerusform>
            <numerusform>%n cursos en este catálogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>“%1” is signed with the key %2, which is not one of your trusted publisher keys. Add the publisher’s key first (Publisher Keys…).</source>
        <translation>«%1» está firmado con la clave %2, que no es una de sus claves de editores de confianza. Añada primero la clave del editor (Claves de editores…).</translation>
    </message>
    <message>
        <source>“%1” was added to the downloads.</source>
        <translation>«%1» se ha añadido a las descargas.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>&amp;Catalog:</source>
        <translation>&amp;Catálogo:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Remo&amp;ve Catalog</source>
        <translation>&amp;Quitar catálogo</translation>
    </message>
    <message>
        <source>Publisher &amp;Keys…</source>
        <translation>Cla&amp;ves de editores…</translation>
    </message>
    <message>
        <source>Web address or folder of a catalog</source>
        <translation>Dirección web o carpeta de un catálogo</translation>
    </message>
    <message>
        <source>https://example.org/courses/catalog.json or a folder</source>
        <translation>https://example.org/cursos/catalog.json o una carpeta</translation>
    </message>
    <message>
        <source>A&amp;dd a catalog:</source>
        <translation>Aña&amp;dir un catálogo:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add catalog</source>
        <translation>Añadir catálogo</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Elegir car&amp;peta…</translation>
    </message>
    <message>
        <source>Add a catalog folder, such as a USB stick</source>
        <translation>Añadir la carpeta de un catálogo, como una memoria USB</translation>
    </message>
    <message>
        <source>Filter courses</source>
        <translation>Filtrar cursos</translation>
    </message>
    <message>
        <source>Title, topic or tag</source>
        <translation>Título, tema o etiqueta</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Courses in the catalog</source>
        <translation>Cursos del catálogo</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::CatalogPackModel</name>
    <message>
        <source>%1 (installed: %2)</source>
        <translation>%1 (instalada: %2)</translation>
    </message>
    <message>
        <source>Needs a newer app</source>
        <translation>Requiere una aplicación más reciente</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Queued: metered connection</source>
        <translation>En cola: conexión de datos medidos</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Descargando %1 %</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>No instalado: %1</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Descarga fallida: %1</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::CourseExporter</name>
    <message>
        <source>Course not exported</source>
        <translation>Curso no exportado</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>Course packs (*.ohtpack)</source>
        <translation>Paquetes de curso (*.ohtpack)</translation>
    </message>
    <message>
        <source>“%1” could not be exported: %2</source>
        <translation>No se pudo exportar «%1»: %2</translation>
    </message>
    <message>
        <source>Course exported</source>
        <translation>Curso exportado</translation>
    </message>
    <message>
        <source>“%1” was saved to %2. Others can install it with File → Import Course….</source>
        <translation>«%1» se ha guardado en %2. Otras personas pueden instalarlo con Archivo → Importar curso….</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::DisplayText</name>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <source>Newer version installed</source>
        <translation>Versión más reciente instalada</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Waiting for a connection that is not metered</source>
        <translation>Esperando una conexión que no sea de datos medidos</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Falta menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Falta %n minuto aproximadamente</numerusform>
            <numerusform>Faltan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Falta %n hora aproximadamente</numerusform>
            <numerusform>Faltan unas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: %2 añadidos, %3 modificados, %4 eliminados</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>sin red</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>el servidor la rechazó</translation>
    </message>
    <message>
        <source>damaged file</source>
        <translation>archivo dañado</translation>
    </message>
    <message>
        <source>disk error</source>
        <translation>error de disco</translation>
    </message>
    <message>
        <source>signature not trusted</source>
        <translation>firma no fiable</translation>
    </message>
    <message>
        <source>older than the installed version</source>
        <translation>más antigua que la versión instalada</translation>
    </message>
    <message>
        <source>not a valid course</source>
        <translation>no es un curso válido</translation>
    </message>
    <message>
        <source>see Downloads</source>
        <translation>ver Descargas</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::DownloadIndicator</name>
    <message>
        <source>Progress of all downloads</source>
        <translation>Progreso de todas las descargas</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Show downloads</source>
        <translation>Mostrar las descargas</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s): %1</source>
        <translation>
            <numerusform>%n descarga: %1</numerusform>
            <numerusform>%n descargas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::DownloadRow</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation>Progreso de la descarga de %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Resume continues where it stopped.</source>
        <translation>Reanudar continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Pause download of %1</source>
        <translation>Pausar la descarga de %1</translation>
    </message>
    <message>
        <source>Resume download of %1</source>
        <translation>Reanudar la descarga de %1</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Remove download of %1</source>
        <translation>Quitar la descarga de %1</translation>
    </message>
    <message>
        <source>Cancel download of %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Don’t download on &amp;metered connections (mobile data)</source>
        <translation>No descargar con conexiones de datos &amp;medidos (datos móviles)</translation>
    </message>
    <message>
        <source>Don’t download on metered connections</source>
        <translation>No descargar con conexiones de datos medidos</translation>
    </message>
    <message>
        <source>No downloads. Choose a course above and press Download.</source>
        <translation>No hay descargas. Elija un curso arriba y pulse Descargar.</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>No se ha guardado el ajuste: %1</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::InstallController</name>
    <message>
        <source>“%1” was not installed: %2. Your library has not been changed.</source>
        <translation>«%1» no se ha instalado: %2. Su biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <source>Updated “%1” from %2 to %3. %4</source>
        <translation>«%1» actualizado de %2 a %3. %4</translation>
    </message>
    <message>
        <source>Updated “%1” from %2 to %3.</source>
        <translation>«%1» actualizado de %2 a %3.</translation>
    </message>
    <message>
        <source>Installed “%1” %2.</source>
        <translation>«%1» %2 instalado.</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::PackDetailsPanel</name>
    <message>
        <source>Course details</source>
        <translation>Detalles del curso</translation>
    </message>
    <message>
        <source>Choose a course in the list to see its details.</source>
        <translation>Elija un curso de la lista para ver sus detalles.</translation>
    </message>
    <message>
        <source>&amp;Download and Install</source>
        <translation>&amp;Descargar e instalar</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version %1 (installed: %2)</source>
        <translation>Versión %1 (instalada: %2)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>This course needs a newer version of HealthTech Toolkit (%1 or later).</source>
        <translation>Este curso necesita una versión más reciente de HealthTech Toolkit (%1 o posterior).</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>The lessons and questions that change are listed once the update has been downloaded.</source>
        <translation>Las lecciones y preguntas que cambian se indican cuando se haya descargado la actualización.</translation>
    </message>
    <message>
        <source>Your progress in this course is kept when you update.</source>
        <translation>Su progreso en este curso se conserva al actualizar.</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>In the download list</source>
        <translation>En la lista de descargas</translation>
    </message>
    <message>
        <source>Needs a newer app</source>
        <translation>Requiere una aplicación más reciente</translation>
    </message>
    <message>
        <source>&amp;Update to %1</source>
        <translation>&amp;Actualizar a %1</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::RestoredDownloadsNotice</name>
    <message>
        <source>Res&amp;ume All</source>
        <translation>Reanudar to&amp;das</translation>
    </message>
    <message>
        <source>Resume all paused downloads</source>
        <translation>Reanudar todas las descargas en pausa</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice about paused downloads</source>
        <translation>Descartar el aviso de las descargas en pausa</translation>
    </message>
    <message>
        <source>A download was paused when the app closed.</source>
        <translation>Una descarga quedó en pausa al cerrar la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads were paused when the app closed.</source>
        <translation>
            <numerusform>%n descarga quedó en pausa al cerrar la aplicación.</numerusform>
            <numerusform>%n descargas quedaron en pausa al cerrar la aplicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume them here, or one by one in File ▸ Get Courses.</source>
        <translation>Reanúdelas aquí, o una a una en Archivo ▸ Obtener cursos.</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::SourceInput</name>
    <message>
        <source>“%1” is already in the list of catalogs.</source>
        <translation>«%1» ya está en la lista de catálogos.</translation>
    </message>
    <message>
        <source>Type the web address of a catalog (https://…) or choose a folder.</source>
        <translation>Escriba la dirección web de un catálogo (https://…) o elija una carpeta.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. A catalog is a web address starting with http:// or https://, or a folder.</source>
        <translation>«%1» no es una dirección web. Un catálogo es una dirección web que empieza por http:// o https://, o una carpeta.</translation>
    </message>
    <message>
        <source>The web address “%1” has no server name.</source>
        <translation>La dirección web «%1» no tiene nombre de servidor.</translation>
    </message>
    <message>
        <source>Web addresses with a user name or password are not supported.</source>
        <translation>No se admiten direcciones web con nombre de usuario o contraseña.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Is the USB stick plugged in?</source>
        <translation>La carpeta «%1» no existe. ¿Está conectada la memoria USB?</translation>
    </message>
    <message>
        <source>“%1” is not a catalog. Choose the folder that holds catalog.json.</source>
        <translation>«%1» no es un catálogo. Elija la carpeta que contiene catalog.json.</translation>
    </message>
    <message>
        <source>The folder “%1” has no catalog.json. Choose the folder that holds the catalog and its course packs.</source>
        <translation>La carpeta «%1» no tiene catalog.json. Elija la carpeta que contiene el catálogo y sus paquetes de curso.</translation>
    </message>
</context>
<context>
    <name>oht::catalogui::TrustedKeysDialog</name>
    <message>
        <source>&amp;Add Key File…</source>
        <translation>&amp;Añadir archivo de clave…</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <source>Trusted Publishers</source>
        <translation>Editores de confianza</translation>
    </message>
    <message>
        <source>Courses are installed only when they are signed with one of these publisher keys. Add a key only from a publisher you trust, received in a way you trust.</source>
        <translation>Los cursos solo se instalan si están firmados con una de estas claves de editor. Añada solo la clave de un editor en quien confíe, recibida por un medio de confianza.</translation>
    </message>
    <message>
        <source>&amp;Publisher keys:</source>
        <translation>Claves de &amp;editores:</translation>
    </message>
    <message>
        <source>Publisher keys</source>
        <translation>Claves de editores</translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation>%1 — clave %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Add Publisher Key</source>
        <translation>Añadir clave de editor</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Archivos de clave pública (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«%1» no es un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a publisher key: %2</source>
        <translation>«%1» no es una clave de editor: %2</translation>
    </message>
    <message>
        <source>Added the key of “%1”.</source>
        <translation>Se ha añadido la clave de «%1».</translation>
    </message>
    <message>
        <source>Removed %1. Courses signed only with it can no longer be installed.</source>
        <translation>Se ha quitado %1. Los cursos firmados solo con ella ya no se pueden instalar.</translation>
    </message>
    <message>
        <source>The keys were not saved: %1</source>
        <translation>No se han guardado las claves: %1</translation>
    </message>
</context>
<context>
    <name>oht::library</name>
    <message>
        <source>Cannot make %1 durable on disk: %2</source>
        <translation>No se puede asegurar %1 en el disco: %2</translation>
    </message>
    <message>
        <source>pack.json could not be read.</source>
        <translation>No se ha podido leer pack.json.</translation>
    </message>
    <message>
        <source>%1: %2 (and %n more error(s))</source>
        <translation>%1: %2 (y %n errores más)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file %1 of %2 is missing from the library&apos;s store: %3</source>
        <translation>Falta el archivo %1 de %2 en el almacén de la biblioteca: %3</translation>
    </message>
    <message>
        <source>The stored copy of %1 in %2 is damaged; import the pack again before exporting it.</source>
        <translation>La copia guardada de %1 en %2 está dañada; vuelve a importar el paquete antes de exportarlo.</translation>
    </message>
    <message>
        <source>The pack file %1 could not be read after validation.</source>
        <translation>El archivo del paquete %1 no se ha podido leer después de validarlo.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the library: %2</source>
        <translation>No se puede escribir %1 en la biblioteca: %2</translation>
    </message>
</context>
<context>
    <name>oht::library::BlobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Not a SHA-256 hash: %1</source>
        <translation>No es un hash SHA-256: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 into the library&apos;s file store.</source>
        <translation>No se puede mover %1 al almacén de archivos de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>oht::library::ImportStaging</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation>No se puede crear una carpeta temporal en %1.</translation>
    </message>
</context>
<context>
    <name>oht::library::Importer</name>
    <message>
        <source>The installed version of %1 (%2) is not a valid version.</source>
        <translation>La versión instalada de %1 (%2) no es una versión válida.</translation>
    </message>
    <message>
        <source>%1 %2 is installed; this pack is the older version %3. Use --force to install it anyway.</source>
        <translation>Está instalado %1 %2; este paquete es la versión anterior %3. Usa --force para instalarlo de todos modos.</translation>
    </message>
    <message>
        <source>%1 has no pack.json at its root.</source>
        <translation>%1 no tiene pack.json en la raíz.</translation>
    </message>
    <message>
        <source>pack.json in %1 is not the one that was checked before the import; the pack was not installed.</source>
        <translation>pack.json de %1 no es el que se comprobó antes de la importación; el paquete no se ha instalado.</translation>
    </message>
    <message>
        <source>pack.json in %1 reads differently each time; the archive is inconsistent.</source>
        <translation>pack.json de %1 se lee distinto cada vez; el archivo comprimido es incoherente.</translation>
    </message>
    <message>
        <source>The stored copy of %1 was removed during the import; import the pack again.</source>
        <translation>La copia guardada de %1 se eliminó durante la importación; vuelve a importar el paquete.</translation>
    </message>
</context>
<context>
    <name>oht::library::Library</name>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>No se puede crear la carpeta de la biblioteca %1.</translation>
    </message>
</context>
<context>
    <name>oht::library::PackQueries</name>
    <message>
        <source>No pack with the id %1 is installed.</source>
        <translation>No hay ningún paquete instalado con el identificador %1.</translation>
    </message>
    <message>
        <source>The stored manifest of %1 cannot be read.</source>
        <translation>No se puede leer el manifiesto guardado de %1.</translation>
    </message>
    <message>
        <source>The pack %1 has no item %2.</source>
        <translation>El paquete %1 no tiene el elemento %2.</translation>
    </message>
    <message>
        <source>The item %1 of %2 is not a lesson.</source>
        <translation>El elemento %1 de %2 no es una lección.</translation>
    </message>
    <message>
        <source>The item %1 of %2 is not a quiz.</source>
        <translation>El elemento %1 de %2 no es un cuestionario.</translation>
    </message>
    <message>
        <source>The pack %1 has no file %2.</source>
        <translation>El paquete %1 no tiene el archivo %2.</translation>
    </message>
    <message>
        <source>The file %1 of %2 is missing from the library&apos;s store: %3</source>
        <translation>Falta el archivo %1 de %2 en el almacén de la biblioteca: %3</translation>
    </message>
    <message>
        <source>The file %1 of %2 is missing from the library&apos;s store.</source>
        <translation>Falta el archivo %1 de %2 en el almacén de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>oht::packformat::FolderPackFiles</name>
    <message>
        <source>is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>oht::packformat::QuizParser</name>
    <message>
        <source>%1 has %n option(s); it needs at least two.</source>
        <translation>%1 tiene %n opciones; necesita al menos dos.</translation>
    </message>
    <message>
        <source>%1 has %n item(s) to order; it needs at least two.</source>
        <translation>%1 tiene %n elementos que ordenar; necesita al menos dos.</translation>
    </message>
    <message>
        <source>%1 has %n pair(s) to match; it needs at least two.</source>
        <translation>%1 tiene %n parejas que relacionar; necesita al menos dos.</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::ManifestReader</name>
    <message>
        <source>The pack must have at least one module.</source>
        <translation>El paquete debe tener al menos un módulo.</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>el manifiesto</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>el módulo %1</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;</source>
        <translation>el módulo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The module id &quot;%1&quot; is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador de módulo &quot;%1&quot; no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>The title of %1 is empty.</source>
        <translation>El título de %1 está vacío.</translation>
    </message>
    <message>
        <source>%1 has no items; a module needs at least one lesson or quiz.</source>
        <translation>%1 no tiene elementos; un módulo necesita al menos una lección o un cuestionario.</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>el elemento %1 de %2</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;</source>
        <translation>el elemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The item id &quot;%1&quot; is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador de elemento &quot;%1&quot; no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>The type of %1 is &quot;%2&quot;; it must be &quot;lesson&quot; or &quot;quiz&quot;.</source>
        <translation>El tipo de %1 es &quot;%2&quot;; debe ser &quot;lesson&quot; o &quot;quiz&quot;.</translation>
    </message>
    <message>
        <source>The file of %1 is empty.</source>
        <translation>El archivo de %1 está vacío.</translation>
    </message>
    <message>
        <source>entry %1 of &quot;files&quot;</source>
        <translation>la entrada %1 de &quot;files&quot;</translation>
    </message>
    <message>
        <source>the &quot;files&quot; entry for %1</source>
        <translation>la entrada de &quot;files&quot; para %1</translation>
    </message>
    <message>
        <source>The SHA-256 in %1 must be 64 lower-case hexadecimal characters.</source>
        <translation>El SHA-256 de %1 debe tener 64 caracteres hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>The size in %1 is negative.</source>
        <translation>El tamaño de %1 es negativo.</translation>
    </message>
    <message>
        <source>&quot;files&quot; must not list pack.json itself.</source>
        <translation>&quot;files&quot; no debe incluir el propio pack.json.</translation>
    </message>
    <message>
        <source>&quot;files&quot; lists %1 more than once.</source>
        <translation>&quot;files&quot; incluye %1 más de una vez.</translation>
    </message>
    <message>
        <source>This pack uses format version %1, but this app reads only version %2. Install a newer version of the app to open it.</source>
        <translation>Este paquete usa la versión de formato %1, pero esta aplicación solo lee la versión %2. Instala una versión más reciente de la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>The format version must be 1, not %1.</source>
        <translation>La versión de formato debe ser 1, no %1.</translation>
    </message>
    <message>
        <source>The pack id &quot;%1&quot; is not valid: use 3 to 100 characters of a-z, 0-9, dots and hyphens, starting with a letter, like &quot;org.example.course&quot;.</source>
        <translation>El identificador de paquete &quot;%1&quot; no es válido: usa de 3 a 100 caracteres entre a-z, 0-9, puntos y guiones, empezando por una letra, como &quot;org.example.course&quot;.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is not a semantic version like 1.0.0.</source>
        <translation>La versión &quot;%1&quot; no es una versión semántica como 1.0.0.</translation>
    </message>
    <message>
        <source>The pack title must have 1 to 200 characters; it has %1.</source>
        <translation>El título del paquete debe tener de 1 a 200 caracteres; tiene %1.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not a BCP 47 language tag like &quot;en&quot;, &quot;en-GB&quot; or &quot;pt-BR&quot;.</source>
        <translation>El idioma &quot;%1&quot; no es una etiqueta de idioma BCP 47 como &quot;en&quot;, &quot;en-GB&quot; o &quot;pt-BR&quot;.</translation>
    </message>
    <message>
        <source>The minimum app version &quot;%1&quot; is not a semantic version like 0.1.0.</source>
        <translation>La versión mínima de la aplicación &quot;%1&quot; no es una versión semántica como 0.1.0.</translation>
    </message>
    <message>
        <source>The manifest must name at least one author.</source>
        <translation>El manifiesto debe nombrar al menos a un autor o autora.</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>la autoría %1</translation>
    </message>
    <message>
        <source>The name of author %1 is empty.</source>
        <translation>El nombre de la autoría %1 está vacío.</translation>
    </message>
    <message>
        <source>The licence &quot;%1&quot; is not an SPDX licence expression like &quot;CC-BY-4.0&quot; or &quot;CC-BY-SA-4.0 OR MIT&quot;: %2.</source>
        <translation>La licencia &quot;%1&quot; no es una expresión de licencia SPDX como &quot;CC-BY-4.0&quot; o &quot;CC-BY-SA-4.0 OR MIT&quot;: %2.</translation>
    </message>
    <message>
        <source>The licence &quot;%1&quot; is not one this app knows. Check the spelling against the SPDX licence list, or use &quot;LicenseRef-...&quot; for a licence of your own.</source>
        <translation>La aplicación no conoce la licencia &quot;%1&quot;. Comprueba la ortografía en la lista de licencias SPDX o usa &quot;LicenseRef-...&quot; para una licencia propia.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in &quot;%2&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>La fecha &quot;%1&quot; de &quot;%2&quot; no está escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The review date %1 is before the creation date %2.</source>
        <translation>La fecha de revisión %1 es anterior a la fecha de creación %2.</translation>
    </message>
    <message>
        <source>Tag %1 must be text, but it is %2.</source>
        <translation>La etiqueta %1 debe ser texto, pero es %2.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice, by %2 and by %3. Module and item ids must be unique in the whole pack.</source>
        <translation>El identificador &quot;%1&quot; se usa dos veces, en %2 y en %3. Los identificadores de módulos y elementos deben ser únicos en todo el paquete.</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::Parser</name>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <source>WITH must be followed by an exception id</source>
        <translation>WITH debe ir seguido de un identificador de excepción</translation>
    </message>
    <message>
        <source>too many nested parentheses</source>
        <translation>demasiados paréntesis anidados</translation>
    </message>
    <message>
        <source>a &quot;(&quot; is not closed</source>
        <translation>falta cerrar un &quot;(&quot;</translation>
    </message>
    <message>
        <source>a licence id is missing at the end</source>
        <translation>falta un identificador de licencia al final</translation>
    </message>
    <message>
        <source>a licence id is missing before &quot;%1&quot;</source>
        <translation>falta un identificador de licencia antes de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid licence id</source>
        <translation>&quot;%1&quot; no es un identificador de licencia válido</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::QuizReader</name>
    <message>
        <source>The id &quot;%1&quot; in %2 is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador &quot;%1&quot; de %2 no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice in %2; ids must be unique within a question.</source>
        <translation>El identificador &quot;%1&quot; se usa dos veces en %2; los identificadores deben ser únicos dentro de una pregunta.</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; of %2</source>
        <translation>la opción &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>la opción %1 de %2</translation>
    </message>
    <message>
        <source>%1 has two options with the text &quot;%2&quot;.</source>
        <translation>%1 tiene dos opciones con el texto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is single choice but no option is marked correct; mark exactly one.</source>
        <translation>%1 es de respuesta única, pero ninguna opción está marcada como correcta; marca exactamente una.</translation>
    </message>
    <message>
        <source>%1 is single choice but %2 options are marked correct; mark exactly one, or make it a multiple-choice question.</source>
        <translation>%1 es de respuesta única, pero hay %2 opciones marcadas como correctas; marca exactamente una o conviértela en una pregunta de respuesta múltiple.</translation>
    </message>
    <message>
        <source>%1 is multiple choice but no option is marked correct; mark at least one.</source>
        <translation>%1 es de respuesta múltiple, pero ninguna opción está marcada como correcta; marca al menos una.</translation>
    </message>
    <message>
        <source>The tolerance of %1 is %2; it cannot be below zero.</source>
        <translation>La tolerancia de %1 es %2; no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>%1 is a text question without any accepted answer; list at least one in &quot;accept&quot;.</source>
        <translation>%1 es una pregunta de texto sin ninguna respuesta aceptada; indica al menos una en &quot;accept&quot;.</translation>
    </message>
    <message>
        <source>Accepted answer %1 of %2 must be text, but it is %3.</source>
        <translation>La respuesta aceptada %1 de %2 debe ser texto, pero es %3.</translation>
    </message>
    <message>
        <source>Accepted answer %1 of %2 is empty, which would accept a blank answer.</source>
        <translation>La respuesta aceptada %1 de %2 está vacía, lo que aceptaría una respuesta en blanco.</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; of %2</source>
        <translation>el elemento &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>el elemento %1 de %2</translation>
    </message>
    <message>
        <source>%1 has two items with the text &quot;%2&quot;.</source>
        <translation>%1 tiene dos elementos con el texto &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>pair &quot;%1&quot; of %2</source>
        <translation>la pareja &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <source>pair %1 of %2</source>
        <translation>la pareja %1 de %2</translation>
    </message>
    <message>
        <source>%1 has two pairs with the same left side &quot;%2&quot;.</source>
        <translation>%1 tiene dos parejas con el mismo lado izquierdo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has two pairs with the same right side &quot;%2&quot;.</source>
        <translation>%1 tiene dos parejas con el mismo lado derecho &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the quiz</source>
        <translation>el cuestionario</translation>
    </message>
    <message>
        <source>This quiz uses format version %1, but this app reads only version %2. Install a newer version of the app to open it.</source>
        <translation>Este cuestionario usa la versión de formato %1, pero esta aplicación solo lee la versión %2. Instala una versión más reciente de la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>The format version must be 1, not %1.</source>
        <translation>La versión de formato debe ser 1, no %1.</translation>
    </message>
    <message>
        <source>The pass mark is %1; it must be a percentage from 0 to 100.</source>
        <translation>La nota para aprobar es %1; debe ser un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>The quiz mode is &quot;%1&quot;; it must be &quot;immediate&quot; or &quot;exam&quot;.</source>
        <translation>El modo del cuestionario es &quot;%1&quot;; debe ser &quot;immediate&quot; o &quot;exam&quot;.</translation>
    </message>
    <message>
        <source>The quiz must have at least one question.</source>
        <translation>El cuestionario debe tener al menos una pregunta.</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>la pregunta %1</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>la pregunta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador de pregunta &quot;%1&quot; no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>Two questions have the id &quot;%1&quot;; question ids must be unique within the quiz.</source>
        <translation>Dos preguntas tienen el identificador &quot;%1&quot;; los identificadores de pregunta deben ser únicos dentro del cuestionario.</translation>
    </message>
    <message>
        <source>The type of %1 is &quot;%2&quot;; it must be one of single, multiple, truefalse, numeric, text, ordering or matching.</source>
        <translation>El tipo de %1 es &quot;%2&quot;; debe ser single, multiple, truefalse, numeric, text, ordering o matching.</translation>
    </message>
    <message>
        <source>%1 is worth %2 points; points must be more than zero.</source>
        <translation>%1 vale %2 puntos; los puntos deben ser más que cero.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of %2 is empty.</source>
        <translation>El campo &quot;%1&quot; de %2 está vacío.</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::ReviewChecks</name>
    <message numerus="yes">
        <source>The review date %1 is %n day(s) away. Plan the review now, then set a new date in &quot;reviewBy&quot;.</source>
        <translation>
            <numerusform>La fecha de revisión %1 es dentro de %n día. Planifique la revisión ahora y después ponga una fecha nueva en &quot;reviewBy&quot;.</numerusform>
            <numerusform>La fecha de revisión %1 es dentro de %n días. Planifique la revisión ahora y después ponga una fecha nueva en &quot;reviewBy&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>This image has no alternative text, so screen-reader users hear only its file name. Describe it in the brackets of ![...](...) or an alt attribute (alt=&quot;&quot; for a purely decorative image).</source>
        <translation>Esta imagen no tiene texto alternativo, así que quien usa un lector de pantalla solo oye el nombre del archivo. Descríbala entre los corchetes de ![...](...) o en un atributo alt (alt=&quot;&quot; para una imagen puramente decorativa).</translation>
    </message>
    <message>
        <source>This heading jumps from level %1 to level %2; people who navigate by headings will think a section is missing. Use level %3.</source>
        <translation>Este encabezado salta del nivel %1 al nivel %2; quien navega por encabezados pensará que falta una sección. Use el nivel %3.</translation>
    </message>
    <message>
        <source>This table has no header cells, so a screen reader cannot say which column a value belongs to. Give it a header row (&lt;th&gt; in HTML, a first row with text in Markdown).</source>
        <translation>Esta tabla no tiene celdas de encabezado, así que un lector de pantalla no puede decir a qué columna pertenece un valor. Añada una fila de encabezado (&lt;th&gt; en HTML, una primera fila con texto en Markdown).</translation>
    </message>
    <message>
        <source>This paragraph has %1 words; on a phone that is several screens of text. Split it into paragraphs of at most %2 words.</source>
        <translation>Este párrafo tiene %1 palabras; en un teléfono son varias pantallas de texto. Divídalo en párrafos de %2 palabras como máximo.</translation>
    </message>
    <message>
        <source>Flesch reading ease %1 (%2 words, %3 sentences): hard to read for many learners. Shorter sentences and shorter words raise the score; 60 or more is plain English.</source>
        <translation>Facilidad de lectura de Flesch %1 (%2 palabras, %3 frases): difícil de leer para muchos estudiantes. Frases y palabras más cortas suben la puntuación; 60 o más es inglés sencillo.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; jumps to &quot;%2&quot;, but this lesson has no element with that id. Add id=&quot;%2&quot; to the place it should jump to.</source>
        <translation>El enlace &quot;%1&quot; salta a &quot;%2&quot;, pero esta lección no tiene ningún elemento con ese id. Añada id=&quot;%2&quot; en el lugar al que debe saltar.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; jumps to &quot;%2&quot; in %3, but that lesson has no element with that id. Add id=&quot;%2&quot; there.</source>
        <translation>El enlace &quot;%1&quot; salta a &quot;%2&quot; en %3, pero esa lección no tiene ningún elemento con ese id. Añada allí id=&quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; gives the learner no feedback: add an &quot;explanation&quot; (or per-answer feedback) saying why the right answer is right.</source>
        <translation>La pregunta &quot;%1&quot; no da ninguna retroalimentación: añada una &quot;explanation&quot; (o retroalimentación por respuesta) que explique por qué la respuesta correcta es correcta.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; asks the same as question %2. Ask something different, or remove one of them.</source>
        <translation>La pregunta &quot;%1&quot; pregunta lo mismo que la pregunta %2. Pregunte otra cosa o elimine una de las dos.</translation>
    </message>
    <message>
        <source>No lesson or quiz uses %1, yet every learner downloads it. Remove it, or link to it from a lesson.</source>
        <translation>Ninguna lección ni cuestionario usa %1, pero todos los estudiantes lo descargan. Elimínelo o enlácelo desde una lección.</translation>
    </message>
    <message>
        <source>Keep a diagram under %1: remove embedded bitmaps and editor metadata (an SVG optimiser does this).</source>
        <translation>Mantenga un diagrama por debajo de %1: elimine los mapas de bits incrustados y los metadatos del editor (un optimizador de SVG lo hace).</translation>
    </message>
    <message>
        <source>Aim for under 300 KB: about 1600 pixels wide is enough for any screen; save photos as JPEG or WebP (quality 80) and drawings as PNG or SVG.</source>
        <translation>Procure no pasar de 300 KB: unos 1600 píxeles de ancho bastan para cualquier pantalla; guarde las fotos como JPEG o WebP (calidad 80) y los dibujos como PNG o SVG.</translation>
    </message>
    <message>
        <source>Aim for under %1: speech needs no more than 64 kbit/s mono (about 0.5 MB a minute) in MP3 or Opus.</source>
        <translation>Procure no pasar de %1: la voz no necesita más de 64 kbit/s en mono (unos 0,5 MB por minuto) en MP3 u Opus.</translation>
    </message>
    <message>
        <source>Aim for under %1: 720p at about 1.5 Mbit/s (about 11 MB a minute) is sharp enough for lessons; split long videos into parts.</source>
        <translation>Procure no pasar de %1: 720p a unos 1,5 Mbit/s (unos 11 MB por minuto) es suficientemente nítido para las lecciones; divida los vídeos largos en partes.</translation>
    </message>
    <message>
        <source>%1 is %2; learners on slow or metered connections pay for every byte. %3</source>
        <translation>%1 ocupa %2; quien tiene una conexión lenta o de pago por datos paga cada byte. %3</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::SchemaReader</name>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un valor único</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object ({ ... }), but it holds %2.</source>
        <translation>%1 debe contener un objeto JSON ({ ... }), pero contiene %2.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 no es JSON válido: %2.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing in %2.</source>
        <translation>Falta el campo obligatorio &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in %2 must be %3, but it is %4.</source>
        <translation>El campo &quot;%1&quot; de %2 debe ser %3, pero es %4.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 must be an object ({ ... }), but it is %4.</source>
        <translation>La entrada %1 de &quot;%2&quot; en %3 debe ser un objeto ({ ... }), pero es %4.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in %2 is not part of the pack format and is ignored.</source>
        <translation>El campo &quot;%1&quot; de %2 no forma parte del formato de paquete y se ignora.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once in the same object; only the last one counts.</source>
        <translation>El campo &quot;%1&quot; aparece más de una vez en el mismo objeto; solo cuenta el último.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::ValidationRun</name>
    <message>
        <source>There is no pack.json at the top of the pack; every pack needs one.</source>
        <translation>No hay pack.json en la raíz del paquete; todos los paquetes necesitan uno.</translation>
    </message>
    <message>
        <source>pack.json could not be read.</source>
        <translation>No se ha podido leer pack.json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; differ only by letter case or by how accents are encoded; Windows and macOS would store them as one. Rename one of them.</source>
        <translation>&quot;%1&quot; y &quot;%2&quot; solo se diferencian en mayúsculas y minúsculas o en cómo se codifican los acentos; Windows y macOS los guardarían como uno solo. Cambia el nombre de uno de ellos.</translation>
    </message>
    <message>
        <source>This file cannot be part of a pack: %1.</source>
        <translation>Este archivo no puede formar parte de un paquete: %1.</translation>
    </message>
    <message>
        <source>%1 %2; a pack can only hold regular files and folders.</source>
        <translation>%1 %2; un paquete solo puede contener archivos normales y carpetas.</translation>
    </message>
    <message>
        <source>The review date %1 has passed. Check that the content is still correct, then set a new date in &quot;reviewBy&quot;.</source>
        <translation>La fecha de revisión %1 ha pasado. Comprueba que el contenido sigue siendo correcto y pon una fecha nueva en &quot;reviewBy&quot;.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; names a file that cannot be in a pack: %2.</source>
        <translation>El elemento &quot;%1&quot; nombra un archivo que no puede estar en un paquete: %2.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is a lesson, but %2 is not a Markdown (.md) or HTML (.html) file.</source>
        <translation>El elemento &quot;%1&quot; es una lección, pero %2 no es un archivo Markdown (.md) ni HTML (.html).</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is a quiz, but %2 is not a quiz file (.json).</source>
        <translation>El elemento &quot;%1&quot; es un cuestionario, pero %2 no es un archivo de cuestionario (.json).</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; points to %2, which is not in the pack.</source>
        <translation>El elemento &quot;%1&quot; apunta a %2, que no está en el paquete.</translation>
    </message>
    <message>
        <source>The lesson %1 of item &quot;%2&quot; could not be read.</source>
        <translation>No se ha podido leer la lección %1 del elemento &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; points outside the pack; use a path relative to the lesson, like &quot;../media/picture.png&quot;.</source>
        <translation>La imagen &quot;%1&quot; apunta fuera del paquete; usa una ruta relativa a la lección, como &quot;../media/picture.png&quot;.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; points outside the pack; use a path relative to the lesson, like &quot;other-lesson.md&quot;.</source>
        <translation>El enlace &quot;%1&quot; apunta fuera del paquete; usa una ruta relativa a la lección, como &quot;other-lesson.md&quot;.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; points to %2, which is not in the pack.</source>
        <translation>La imagen &quot;%1&quot; apunta a %2, que no está en el paquete.</translation>
    </message>
    <message>
        <source>The link &quot;%1&quot; points to %2, which is not in the pack.</source>
        <translation>El enlace &quot;%1&quot; apunta a %2, que no está en el paquete.</translation>
    </message>
    <message>
        <source>The quiz %1 of item &quot;%2&quot; could not be read.</source>
        <translation>No se ha podido leer el cuestionario %1 del elemento &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;files&quot; lists a path that cannot be in a pack: %1.</source>
        <translation>&quot;files&quot; incluye una ruta que no puede estar en un paquete: %1.</translation>
    </message>
    <message>
        <source>&quot;files&quot; lists %1, but the pack does not contain it.</source>
        <translation>&quot;files&quot; incluye %1, pero el paquete no lo contiene.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but &quot;files&quot; in pack.json says %3: the file was changed or damaged after the pack was built.</source>
        <translation>%1 tiene %2 bytes, pero &quot;files&quot; de pack.json indica %3: el archivo se modificó o se dañó después de crear el paquete.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 differs from the one in &quot;files&quot; in pack.json: the file was changed or damaged after the pack was built.</source>
        <translation>El SHA-256 de %1 no coincide con el de &quot;files&quot; en pack.json: el archivo se modificó o se dañó después de crear el paquete.</translation>
    </message>
    <message>
        <source>%1 is in the pack but not listed in &quot;files&quot; in pack.json.</source>
        <translation>%1 está en el paquete, pero no figura en &quot;files&quot; de pack.json.</translation>
    </message>
</context>
<context>
    <name>oht::packio</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>oht::packio::PackBuilder</name>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>La carpeta de origen %1 no existe.</translation>
    </message>
    <message>
        <source>Write the pack outside its source folder: %1 is inside %2.</source>
        <translation>Escribe el paquete fuera de su carpeta de origen: %1 está dentro de %2.</translation>
    </message>
    <message>
        <source>The source has %n error(s); no pack was written.</source>
        <translation>El origen tiene %n errores; no se ha escrito ningún paquete.</translation>
    </message>
</context>
<context>
    <name>oht::packio::PackContentSink</name>
    <message>
        <source>pack.json is larger than the %1 MiB allowed.</source>
        <translation>pack.json ocupa más de los %1 MiB permitidos.</translation>
    </message>
    <message>
        <source>The lesson %1 is larger than the %2 MiB allowed for a lesson.</source>
        <translation>La lección %1 ocupa más de los %2 MiB permitidos para una lección.</translation>
    </message>
    <message>
        <source>The quiz %1 is larger than the %2 MiB allowed for a quiz.</source>
        <translation>El cuestionario %1 ocupa más de los %2 MiB permitidos para un cuestionario.</translation>
    </message>
</context>
<context>
    <name>oht::packio::PackInspector</name>
    <message>
        <source>%1 is neither a pack file nor a folder.</source>
        <translation>%1 no es ni un archivo de paquete ni una carpeta.</translation>
    </message>
    <message>
        <source>%1 has no pack.json at its root.</source>
        <translation>%1 no tiene pack.json en la raíz.</translation>
    </message>
</context>
<context>
    <name>oht::packio::PackSnapshot</name>
    <message>
        <source>%1 has no pack.json at its root.</source>
        <translation>%1 no tiene pack.json en la raíz.</translation>
    </message>
    <message>
        <source>pack.json in %1 is not valid.</source>
        <translation>pack.json de %1 no es válido.</translation>
    </message>
    <message>
        <source>%1 has no pack.json.</source>
        <translation>%1 no tiene pack.json.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a pack file nor a folder.</source>
        <translation>%1 no es ni un archivo de paquete ni una carpeta.</translation>
    </message>
</context>
<context>
    <name>oht::packio::ReviewNotes</name>
    <message>
        <source>Typo</source>
        <translation>Errata</translation>
    </message>
    <message>
        <source>Clinical accuracy</source>
        <translation>Exactitud clínica</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>el nivel superior debe ser un objeto</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (format %1)</source>
        <translation>lo escribió una versión más reciente de la aplicación (formato %1)</translation>
    </message>
    <message>
        <source>a note has no &quot;item&quot;</source>
        <translation>una nota no tiene &quot;item&quot;</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; has the category &quot;%2&quot;; use typo, clinical-accuracy, bias, accessibility or translation</source>
        <translation>la nota &quot;%1&quot; tiene la categoría &quot;%2&quot;; use typo, clinical-accuracy, bias, accessibility o translation</translation>
    </message>
    <message>
        <source>Cannot save the review notes to %1: %2</source>
        <translation>No se pueden guardar las notas de revisión en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid review notes file: %2</source>
        <translation>%1 no es un archivo de notas de revisión válido: %2</translation>
    </message>
</context>
<context>
    <name>oht::packio::ReviewReport</name>
    <message>
        <source># Review report: %1 %2</source>
        <translation># Informe de revisión: %1 %2</translation>
    </message>
    <message>
        <source>- Pack: `%1`, version %2, language %3</source>
        <translation>- Paquete: `%1`, versión %2, idioma %3</translation>
    </message>
    <message>
        <source>- Licence: %1</source>
        <translation>- Licencia: %1</translation>
    </message>
    <message>
        <source>- Review by: %1</source>
        <translation>- Revisar antes de: %1</translation>
    </message>
    <message>
        <source>- Report date: %1</source>
        <translation>- Fecha del informe: %1</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Resumen</translation>
    </message>
    <message>
        <source>- **%1% of items reviewed** (%2 of %3)</source>
        <translation>- **%1 % de los elementos revisados** (%2 de %3)</translation>
    </message>
    <message>
        <source>- Notes: %1 open, %2 resolved</source>
        <translation>- Notas: %1 abiertas, %2 resueltas</translation>
    </message>
    <message>
        <source>- Validator: %1 errors, %2 warnings, %3 infos</source>
        <translation>- Validador: %1 errores, %2 advertencias, %3 avisos</translation>
    </message>
    <message>
        <source>## Validator findings</source>
        <translation>## Resultados del validador</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>| Severity | Where | Finding | Code |</source>
        <translation>| Gravedad | Dónde | Resultado | Código |</translation>
    </message>
    <message>
        <source> (question `%1`)</source>
        <translation> (pregunta `%1`)</translation>
    </message>
    <message>
        <source>## Items</source>
        <translation>## Elementos</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>aún sin revisar</translation>
    </message>
    <message>
        <source>### Notes on items no longer in the pack</source>
        <translation>### Notas sobre elementos que ya no están en el paquete</translation>
    </message>
    <message>
        <source>## Sign-off</source>
        <translation>## Aprobación</translation>
    </message>
    <message>
        <source>I have reviewed %1 version %2 and approve it for release.</source>
        <translation>He revisado %1 versión %2 y apruebo su publicación.</translation>
    </message>
    <message>
        <source>Name: ______________________  Role: ______________________  Date: ____________</source>
        <translation>Nombre: ______________________  Función: ______________________  Fecha: ____________</translation>
    </message>
</context>
<context>
    <name>oht::progress</name>
    <message>
        <source>The quiz attempt %1 is already finished or abandoned.</source>
        <translation>El intento de cuestionario %1 ya está terminado o abandonado.</translation>
    </message>
    <message>
        <source>pack id</source>
        <translation>identificador de paquete</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>identificador de elemento</translation>
    </message>
    <message>
        <source>There is already a learner called &quot;%1&quot;.</source>
        <translation>Ya hay un estudiante llamado «%1».</translation>
    </message>
</context>
<context>
    <name>oht::progress::AttemptStore</name>
    <message>
        <source>The pack %1 has no quiz %2.</source>
        <translation>El paquete %1 no tiene el cuestionario %2.</translation>
    </message>
    <message>
        <source>An attempt at this quiz is not finished yet; resume it or give it up first.</source>
        <translation>Hay un intento de este cuestionario sin terminar; continúelo o abandónelo primero.</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>id de pregunta</translation>
    </message>
</context>
<context>
    <name>oht::progress::Certificate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>oht::progress::Errors</name>
    <message>
        <source>There is no learner profile %1.</source>
        <translation>No existe el perfil de estudiante %1.</translation>
    </message>
    <message>
        <source>There is no quiz attempt %1 for this learner.</source>
        <translation>Este estudiante no tiene ningún intento de cuestionario %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«%1» no es un %2 válido.</translation>
    </message>
</context>
<context>
    <name>oht::progress::EventRecorder</name>
    <message>
        <source>A reading position must be between 0 and 1 (got %1).</source>
        <translation>Una posición de lectura debe estar entre 0 y 1 (se recibió %1).</translation>
    </message>
    <message>
        <source>An active time of %1 seconds is not possible in one report.</source>
        <translation>Un tiempo activo de %1 segundos no es posible en un solo registro.</translation>
    </message>
</context>
<context>
    <name>oht::progress::PinHasher</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>La biblioteca criptográfica (libsodium) no se pudo iniciar.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the PIN; close other programs and try again.</source>
        <translation>No hay memoria suficiente para proteger el PIN; cierra otros programas e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>oht::progress::ProfileStore</name>
    <message>
        <source>Enter a name for the learner.</source>
        <translation>Escribe un nombre para el estudiante.</translation>
    </message>
    <message>
        <source>A learner&apos;s name can have at most %1 characters.</source>
        <translation>El nombre de un estudiante puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A learner&apos;s name cannot contain control characters.</source>
        <translation>El nombre de un estudiante no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Un PIN tiene de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>There is no learner profile %1.</source>
        <translation>No existe el perfil de estudiante %1.</translation>
    </message>
</context>
<context>
    <name>oht::progress::ProgressDatabase</name>
    <message>
        <source>Cannot create the folder %1 for learners&apos; progress.</source>
        <translation>No se puede crear la carpeta %1 para el progreso de los estudiantes.</translation>
    </message>
</context>
<context>
    <name>oht::progress::ProgressServices</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
</context>
<context>
    <name>oht::progress::XapiImporter</name>
    <message>
        <source>The learning record is too large (%1 MiB; at most %2 MiB).</source>
        <translation>El registro de aprendizaje es demasiado grande (%1 MiB; como máximo %2 MiB).</translation>
    </message>
    <message>
        <source>The learning record is not valid JSON: %1 (at byte %2).</source>
        <translation>El registro de aprendizaje no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The learning record must be a JSON array of xAPI statements.</source>
        <translation>El registro de aprendizaje debe ser una matriz JSON de declaraciones xAPI.</translation>
    </message>
    <message>
        <source>Statement %1 of the learning record is not a JSON object.</source>
        <translation>La declaración %1 del registro de aprendizaje no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Statement %1 of the learning record is invalid: %2</source>
        <translation>La declaración %1 del registro de aprendizaje no es válida: %2</translation>
    </message>
</context>
<context>
    <name>oht::progress::XapiStatementReader</name>
    <message>
        <source>%1 is not an ISO 8601 date and time with a time zone.</source>
        <translation>%1 no es una fecha y hora ISO 8601 con zona horaria.</translation>
    </message>
    <message>
        <source>object.id must start with %1.</source>
        <translation>object.id debe empezar por %1.</translation>
    </message>
    <message>
        <source>object.id of an answer must end with #&lt;question id&gt;.</source>
        <translation>El object.id de una respuesta debe terminar en #&lt;id de pregunta&gt;.</translation>
    </message>
    <message>
        <source>object.id must not name a question here.</source>
        <translation>Aquí object.id no debe nombrar una pregunta.</translation>
    </message>
    <message>
        <source>object.id names an invalid question id.</source>
        <translation>object.id nombra un id de pregunta no válido.</translation>
    </message>
    <message>
        <source>object.id must be %1&lt;pack id&gt;/&lt;item id&gt;.</source>
        <translation>object.id debe ser %1&lt;id del paquete&gt;/&lt;id del elemento&gt;.</translation>
    </message>
    <message>
        <source>context.registration (the attempt id) must be a UUID.</source>
        <translation>context.registration (el id del intento) debe ser un UUID.</translation>
    </message>
    <message>
        <source>The attempt extension %1 is missing.</source>
        <translation>Falta la extensión de intento %1.</translation>
    </message>
    <message>
        <source>The attempt&apos;s packVersion is not a semantic version.</source>
        <translation>El packVersion del intento no es una versión semántica.</translation>
    </message>
    <message>
        <source>The attempt&apos;s quizSha256 must be 64 lower-case hex digits.</source>
        <translation>El quizSha256 del intento debe tener 64 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>The attempt&apos;s mode must be &quot;immediate&quot; or &quot;exam&quot;.</source>
        <translation>El modo del intento debe ser &quot;immediate&quot; o &quot;exam&quot;.</translation>
    </message>
    <message>
        <source>The attempt&apos;s seed must be a whole number from 0 to 4294967295.</source>
        <translation>La semilla del intento debe ser un número entero de 0 a 4294967295.</translation>
    </message>
    <message>
        <source>The attempt&apos;s startedAt</source>
        <translation>El startedAt del intento</translation>
    </message>
    <message>
        <source>result.score.scaled must be a number from 0 to 1.</source>
        <translation>result.score.scaled debe ser un número de 0 a 1.</translation>
    </message>
    <message>
        <source>id must be a UUID.</source>
        <translation>id debe ser un UUID.</translation>
    </message>
    <message>
        <source>result.duration must be an ISO 8601 duration from 1 second to 1 day.</source>
        <translation>result.duration debe ser una duración ISO 8601 de 1 segundo a 1 día.</translation>
    </message>
    <message>
        <source>result.success must be true or false.</source>
        <translation>result.success debe ser true o false.</translation>
    </message>
    <message>
        <source>result.response must be the answer as a JSON object in a string.</source>
        <translation>result.response debe ser la respuesta como un objeto JSON dentro de una cadena.</translation>
    </message>
    <message>
        <source>result.score needs raw and max with 0 ≤ raw ≤ max and max &gt; 0.</source>
        <translation>result.score necesita raw y max con 0 ≤ raw ≤ max y max &gt; 0.</translation>
    </message>
    <message>
        <source>result.success contradicts the verb.</source>
        <translation>result.success contradice el verbo.</translation>
    </message>
    <message>
        <source>verb.id must be one of the ADL verbs completed, passed, failed, answered, experienced.</source>
        <translation>verb.id debe ser uno de los verbos ADL completed, passed, failed, answered, experienced.</translation>
    </message>
</context>
<context>
    <name>oht::progressui::CertificateWriter</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation>ha completado el curso</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Completado el %1</translation>
    </message>
    <message>
        <source>Quiz score: %1</source>
        <translation>Puntuación en los cuestionarios: %1</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Código de verificación: %1</translation>
    </message>
    <message>
        <source>Issued by HealthTech Toolkit %1. The code can be recomputed from the learner&apos;s exported learning record.</source>
        <translation>Emitido por HealthTech Toolkit %1. El código puede volver a calcularse a partir del registro de aprendizaje exportado de la persona.</translation>
    </message>
    <message>
        <source>Could not save the certificate as “%1”: %2</source>
        <translation>No se pudo guardar el certificado como «%1»: %2</translation>
    </message>
    <message>
        <source>Certificate of completion: %1</source>
        <translation>Certificado de finalización: %1</translation>
    </message>
    <message>
        <source>Could not create the certificate PDF.</source>
        <translation>No se pudo crear el PDF del certificado.</translation>
    </message>
</context>
<context>
    <name>oht::progressui::CompletionList</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No items to complete</source>
        <translation>No hay elementos que completar</translation>
    </message>
    <message>
        <source>%1 of 1 item done, %2</source>
        <translation>%1 de 1 elemento hecho, %2</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3</source>
        <translation>%1 de %2 elementos hechos, %3</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Progreso en %1</translation>
    </message>
    <message>
        <source>Show the progress in this course</source>
        <translation>Mostrar el progreso en este curso</translation>
    </message>
    <message>
        <source>Completion of %1</source>
        <translation>Finalización de %1</translation>
    </message>
</context>
<context>
    <name>oht::progressui::LearnerManagerDialog</name>
    <message>
        <source>&amp;Add Learner</source>
        <translation>&amp;Añadir estudiante</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Set &amp;PIN</source>
        <translation>Poner &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Clear PIN</source>
        <translation>&amp;Quitar PIN</translation>
    </message>
    <message>
        <source>&amp;Delete Learner…</source>
        <translation>&amp;Eliminar estudiante…</translation>
    </message>
    <message>
        <source>Manage Learners</source>
        <translation>Gestionar estudiantes</translation>
    </message>
    <message>
        <source>Everyone who shares this computer can have their own progress. A PIN keeps others out of a learner&apos;s record.</source>
        <translation>Cada persona que comparte este ordenador puede tener su propio progreso. Un PIN impide que otros entren en el registro de un estudiante.</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Learner name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Add a learner with this name</source>
        <translation>Añadir un estudiante con este nombre</translation>
    </message>
    <message>
        <source>Rename the selected learner</source>
        <translation>Cambiar el nombre del estudiante seleccionado</translation>
    </message>
    <message>
        <source>Set or change the selected learner&apos;s PIN</source>
        <translation>Poner o cambiar el PIN del estudiante seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected learner&apos;s PIN</source>
        <translation>Quitar el PIN del estudiante seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected learner and their progress</source>
        <translation>Eliminar el estudiante seleccionado y su progreso</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>The learners cannot be read: %1</source>
        <translation>No se pueden leer los estudiantes: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>%1 — PIN set</source>
        <translation>%1 — con PIN</translation>
    </message>
    <message>
        <source>This learner is using the app: switch to another learner before deleting this one.</source>
        <translation>Este estudiante está usando la aplicación: cambia a otro estudiante antes de eliminar este.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Added “%1”. Switch to this learner from the Learner menu.</source>
        <translation>Se ha añadido «%1». Cambia a este estudiante desde el menú Estudiante.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» ahora se llama «%2».</translation>
    </message>
    <message>
        <source>Type a PIN of %1 to %2 digits first.</source>
        <translation>Escribe primero un PIN de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The PIN of “%1” is set.</source>
        <translation>Se ha puesto el PIN de «%1».</translation>
    </message>
    <message>
        <source>“%1” has no PIN now.</source>
        <translation>«%1» ya no tiene PIN.</translation>
    </message>
    <message>
        <source>Delete Learner</source>
        <translation>Eliminar estudiante</translation>
    </message>
    <message>
        <source>Delete “%1” and all of their progress?</source>
        <translation>¿Eliminar a «%1» y todo su progreso?</translation>
    </message>
    <message>
        <source>Their lessons read, quiz attempts and time spent are removed from this computer. Other learners keep everything. This cannot be undone; export the record first to keep a copy.</source>
        <translation>Sus lecciones leídas, intentos de cuestionario y tiempo dedicado se borran de este ordenador. Los demás estudiantes lo conservan todo. No se puede deshacer; exporta antes el registro para guardar una copia.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Deleted “%1” and their progress.</source>
        <translation>Se ha eliminado a «%1» y su progreso.</translation>
    </message>
</context>
<context>
    <name>oht::progressui::PinDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Enter the PIN of &lt;b&gt;%1&lt;/b&gt; to continue as this learner.</source>
        <translation>Escribe el PIN de &lt;b&gt;%1&lt;/b&gt; para continuar como este estudiante.</translation>
    </message>
    <message>
        <source>Enter the current PIN of &lt;b&gt;%1&lt;/b&gt; to change this learner.</source>
        <translation>Escribe el PIN actual de &lt;b&gt;%1&lt;/b&gt; para modificar este estudiante.</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>PIN error</source>
        <translation>Error de PIN</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Type the PIN first.</source>
        <translation>Escribe primero el PIN.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: %1</source>
        <translation>No se puede comprobar el PIN: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Who is learning</source>
        <translation>Quién está aprendiendo</translation>
    </message>
    <message>
        <source>&amp;Who is learning:</source>
        <translation>&amp;Quién está aprendiendo:</translation>
    </message>
    <message>
        <source>%1 (PIN)</source>
        <translation>%1 (PIN)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no PIN: press Continue.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no tiene PIN: pulsa Continuar.</translation>
    </message>
</context>
<context>
    <name>oht::progressui::ProgressPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>&amp;All courses</source>
        <translation>&amp;Todos los cursos</translation>
    </message>
    <message>
        <source>Progress in all courses</source>
        <translation>Progreso en todos los cursos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Save &amp;certificate (PDF)…</source>
        <translation>Guardar &amp;certificado (PDF)…</translation>
    </message>
    <message>
        <source>Save the certificate of completion as PDF</source>
        <translation>Guardar el certificado de finalización como PDF</translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message>
        <source>Time spent per week</source>
        <translation>Tiempo dedicado por semana</translation>
    </message>
    <message>
        <source>Your learning record</source>
        <translation>Tu registro de aprendizaje</translation>
    </message>
    <message>
        <source>Your record is yours: save it to keep a copy or to continue on another computer, where you can import it into a learner.</source>
        <translation>Tu registro es tuyo: guárdalo para tener una copia o para continuar en otro ordenador, donde puedes importarlo en un perfil de estudiante.</translation>
    </message>
    <message>
        <source>Export as &amp;xAPI (JSON)…</source>
        <translation>Exportar como &amp;xAPI (JSON)…</translation>
    </message>
    <message>
        <source>Export the learning record as xAPI statements</source>
        <translation>Exportar el registro de aprendizaje como declaraciones xAPI</translation>
    </message>
    <message>
        <source>Export as C&amp;SV…</source>
        <translation>Exportar como C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the learning record as CSV</source>
        <translation>Exportar el registro de aprendizaje como CSV</translation>
    </message>
    <message>
        <source>&amp;Import a record…</source>
        <translation>&amp;Importar un registro…</translation>
    </message>
    <message>
        <source>Import a learning record (xAPI JSON)</source>
        <translation>Importar un registro de aprendizaje (xAPI JSON)</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Estudiante: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Progreso en %1</translation>
    </message>
    <message>
        <source>Completion per module</source>
        <translation>Finalización por módulo</translation>
    </message>
    <message>
        <source>Lessons completed: %1 of %2. Quizzes passed: %3 of %4.</source>
        <translation>Lecciones completadas: %1 de %2. Cuestionarios aprobados: %3 de %4.</translation>
    </message>
    <message>
        <source>Completion per course</source>
        <translation>Finalización por curso</translation>
    </message>
    <message>
        <source>No courses are installed yet.</source>
        <translation>Todavía no hay cursos instalados.</translation>
    </message>
    <message>
        <source>1 course installed</source>
        <translation>1 curso instalado</translation>
    </message>
    <message>
        <source>%1 courses installed</source>
        <translation>%1 cursos instalados</translation>
    </message>
    <message>
        <source>%1, %2 complete. Items done: %3 of %4.</source>
        <translation>%1, %2 completados. Elementos hechos: %3 de %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Study streak: none yet. Study today to start one.</source>
        <translation>Racha de estudio: ninguna todavía. Estudia hoy para empezar una.</translation>
    </message>
    <message>
        <source>Study streak: 1 day</source>
        <translation>Racha de estudio: 1 día</translation>
    </message>
    <message>
        <source>Study streak: %1 days in a row</source>
        <translation>Racha de estudio: %1 días seguidos</translation>
    </message>
    <message>
        <source>(longest: 1 day).</source>
        <translation>(la más larga: 1 día).</translation>
    </message>
    <message>
        <source>(longest: %1 days).</source>
        <translation>(la más larga: %1 días).</translation>
    </message>
    <message>
        <source>Study today to keep it going.</source>
        <translation>Estudia hoy para mantenerla.</translation>
    </message>
    <message>
        <source>You completed this course on %1. Save your certificate of completion as a PDF.</source>
        <translation>Completaste este curso el %1. Guarda tu certificado de finalización como PDF.</translation>
    </message>
    <message>
        <source>The certificate of completion becomes available when every lesson is completed and every quiz is passed.</source>
        <translation>El certificado de finalización estará disponible cuando completes todas las lecciones y apruebes todos los cuestionarios.</translation>
    </message>
    <message>
        <source>Saved the learning record (%1 statements) to “%2”.</source>
        <translation>Se guardó el registro de aprendizaje (%1 declaraciones) en «%2».</translation>
    </message>
    <message>
        <source>Saved the learning record to “%1”.</source>
        <translation>Se guardó el registro de aprendizaje en «%1».</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 new records.</source>
        <translation>Importado «%1»: %2 registros nuevos.</translation>
    </message>
    <message>
        <source>Already there (not added again): %1.</source>
        <translation>Ya estaban (no se añadieron de nuevo): %1.</translation>
    </message>
    <message>
        <source>The course is not complete yet, so there is no certificate to save.</source>
        <translation>El curso aún no está completo, así que no hay ningún certificado que guardar.</translation>
    </message>
    <message>
        <source>Saved the certificate to “%1”. Verification code: %2.</source>
        <translation>Se guardó el certificado en «%1». Código de verificación: %2.</translation>
    </message>
    <message>
        <source>Export learning record (xAPI)</source>
        <translation>Exportar registro de aprendizaje (xAPI)</translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation>Declaraciones xAPI (*.json)</translation>
    </message>
    <message>
        <source>Export learning record (CSV)</source>
        <translation>Exportar registro de aprendizaje (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import learning record</source>
        <translation>Importar registro de aprendizaje</translation>
    </message>
    <message>
        <source>xAPI statements (*.json);;All files (*)</source>
        <translation>Declaraciones xAPI (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>oht::progressui::ProgressWindow</name>
    <message>
        <source>Close the progress window</source>
        <translation>Cerrar la ventana de progreso</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
</context>
<context>
    <name>oht::progressui::ProgressWindowController</name>
    <message>
        <source>My &amp;Progress…</source>
        <translation>Mi &amp;progreso…</translation>
    </message>
    <message>
        <source>Completion, quiz scores, study time, your learning record and certificates (Ctrl+Shift+P)</source>
        <translation>Finalización, puntuaciones de los cuestionarios, tiempo de estudio, tu registro de aprendizaje y certificados (Ctrl+Mayús+P)</translation>
    </message>
</context>
<context>
    <name>oht::progressui::RecordTransfer</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a learning record file.</source>
        <translation>«%1» es una carpeta, no un archivo de registro de aprendizaje.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2) to be a learning record; the limit is %3.</source>
        <translation>«%1» es demasiado grande (%2) para ser un registro de aprendizaje; el límite es %3.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se pudo abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no learning record in it.</source>
        <translation>«%1» está vacío: no contiene ningún registro de aprendizaje.</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed. %2</source>
        <translation>«%1» no se importó; no se cambió nada. %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>oht::progressui::ScoreHistoryView</name>
    <message>
        <source>Chart of quiz scores over time</source>
        <translation>Gráfico de las puntuaciones de los cuestionarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The same attempts are listed in the table below.</source>
        <translation>Los mismos intentos aparecen en la tabla de abajo.</translation>
    </message>
    <message>
        <source>No finished quiz attempts yet.</source>
        <translation>Todavía no hay intentos de cuestionario terminados.</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>Intentos de cuestionario</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Removed quiz (%1)</source>
        <translation>Cuestionario eliminado (%1)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>(older version of the quiz)</source>
        <translation>(versión anterior del cuestionario)</translation>
    </message>
    <message>
        <source>1 finished attempt</source>
        <translation>1 intento terminado</translation>
    </message>
    <message>
        <source>%1 finished attempts</source>
        <translation>%1 intentos terminados</translation>
    </message>
    <message>
        <source>at 1 quiz</source>
        <translation>en 1 cuestionario</translation>
    </message>
    <message>
        <source>at %1 quizzes</source>
        <translation>en %1 cuestionarios</translation>
    </message>
    <message>
        <source>%1, %2 passed, %3. Best score: %4 (%5).</source>
        <translation>%1, %2 aprobados, %3. Mejor puntuación: %4 (%5).</translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Puntuación (%)</translation>
    </message>
    <message>
        <source>Average score per day, all %1 quizzes</source>
        <translation>Puntuación media por día, los %1 cuestionarios</translation>
    </message>
</context>
<context>
    <name>oht::progressui::WeeklyTimeView</name>
    <message>
        <source>Chart of study time per week</source>
        <translation>Gráfico del tiempo de estudio por semana</translation>
    </message>
    <message>
        <source>No study time recorded yet. Time counts while you read a lesson or take a quiz.</source>
        <translation>Todavía no hay tiempo de estudio registrado. El tiempo cuenta mientras lees una lección o haces un cuestionario.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>nada de tiempo</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No study time in the last %1 weeks.</source>
        <translation>Sin tiempo de estudio en las últimas %1 semanas.</translation>
    </message>
    <message>
        <source>This week: %1.</source>
        <translation>Esta semana: %1.</translation>
    </message>
    <message>
        <source>Last %1 weeks: %2 in total, study in %3 of them.</source>
        <translation>Últimas %1 semanas: %2 en total, con estudio en %3 de ellas.</translation>
    </message>
    <message>
        <source>Most in the week of %1 (%2).</source>
        <translation>Lo máximo, en la semana del %1 (%2).</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Semana del %1: %2</translation>
    </message>
    <message>
        <source>Study time per week</source>
        <translation>Tiempo de estudio por semana</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana que empieza el</translation>
    </message>
</context>
<context>
    <name>oht::quizview::ChoiceQuestionWidget</name>
    <message>
        <source>Choose one answer</source>
        <translation>Elige una respuesta</translation>
    </message>
    <message>
        <source>Choose every right answer</source>
        <translation>Elige todas las respuestas correctas</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Primero elige una respuesta.</translation>
    </message>
    <message>
        <source>Choose at least one answer first.</source>
        <translation>Primero elige al menos una respuesta.</translation>
    </message>
    <message>
        <source>✓ Right: you chose this.</source>
        <translation>✓ Correcta: la elegiste.</translation>
    </message>
    <message>
        <source>✓ This is a right answer.</source>
        <translation>✓ Esta es una respuesta correcta.</translation>
    </message>
    <message>
        <source>✗ Not right: you chose this.</source>
        <translation>✗ Incorrecta: la elegiste.</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message>
        <source>Right answers: %1</source>
        <translation>Respuestas correctas: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::MatchingQuestionWidget</name>
    <message>
        <source>Match for “%1”</source>
        <translation>Pareja de «%1»</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elige…</translation>
    </message>
    <message>
        <source>Match each item</source>
        <translation>Relaciona cada elemento</translation>
    </message>
    <message numerus="yes">
        <source>Choose a match for every item first (%n still open).</source>
        <translation>
            <numerusform>Primero elige una pareja para cada elemento (falta %n).</numerusform>
            <numerusform>Primero elige una pareja para cada elemento (faltan %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <source>✗ “%1” goes with “%2”.</source>
        <translation>✗ «%1» va con «%2».</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Right matches: %1</source>
        <translation>Parejas correctas: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::NumericQuestionWidget</name>
    <message>
        <source>Your answer (a number)</source>
        <translation>Tu respuesta (un número)</translation>
    </message>
    <message>
        <source>Your answer (a number, in %1)</source>
        <translation>Tu respuesta (un número, en %1)</translation>
    </message>
    <message>
        <source>A number, e.g. %1</source>
        <translation>Un número, p. ej. %1</translation>
    </message>
    <message>
        <source>Number answer</source>
        <translation>Respuesta numérica</translation>
    </message>
    <message>
        <source>Type a number first.</source>
        <translation>Primero escribe un número.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type digits only, for example %2.</source>
        <translation>«%1» no es un número. Escribe solo cifras, por ejemplo %2.</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <source>✗ Not right.</source>
        <translation>✗ Incorrecto.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::OrderingQuestionWidget</name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>Elementos para ordenar</translation>
    </message>
    <message>
        <source>Select an item and press Alt+Up or Alt+Down to move it. The first item comes first.</source>
        <translation>Selecciona un elemento y pulsa Alt+Arriba o Alt+Abajo para moverlo. El primer elemento va primero.</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>Ordena</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>— ✓ in the right place</source>
        <translation>— ✓ en su sitio</translation>
    </message>
    <message>
        <source>— ✗ not in the right place</source>
        <translation>— ✗ fuera de su sitio</translation>
    </message>
    <message>
        <source>Right order: %1</source>
        <translation>Orden correcto: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::QuestionCard</name>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Question %1 of %2 · 1 point</source>
        <translation>Pregunta %1 de %2 · 1 punto</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 points</source>
        <translation>Pregunta %1 de %2 · %3 puntos</translation>
    </message>
    <message>
        <source>Check answer to question %1</source>
        <translation>Comprobar la respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>Problem with your answer</source>
        <translation>Problema con tu respuesta</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Not answered · score 0 of %1</source>
        <translation>Sin responder · puntuación 0 de %1</translation>
    </message>
    <message>
        <source>✓ Correct · score %1 of %2</source>
        <translation>✓ Correcto · puntuación %1 de %2</translation>
    </message>
    <message>
        <source>◐ Partly correct · score %1 of %2</source>
        <translation>◐ Correcto en parte · puntuación %1 de %2</translation>
    </message>
    <message>
        <source>✗ Incorrect · score 0 of %1</source>
        <translation>✗ Incorrecto · puntuación 0 de %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explicación: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::QuestionWidget</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Please give an answer first.</source>
        <translation>Primero da una respuesta.</translation>
    </message>
</context>
<context>
    <name>oht::quizview::QuizAttemptView</name>
    <message>
        <source>Answer a question and choose Check answer to see whether it is right. Your answers are saved as you go.</source>
        <translation>Responde una pregunta y elige Comprobar respuesta para ver si es correcta. Tus respuestas se guardan sobre la marcha.</translation>
    </message>
    <message>
        <source>Exam: you see the results after submitting. Your answers are saved as you go, and you can change them until you submit.</source>
        <translation>Examen: verás los resultados después de entregar. Tus respuestas se guardan sobre la marcha y puedes cambiarlas hasta que entregues.</translation>
    </message>
    <message>
        <source>&amp;Finish the quiz</source>
        <translation>Termi&amp;nar el cuestionario</translation>
    </message>
    <message>
        <source>&amp;Submit answers</source>
        <translation>Entre&amp;gar respuestas</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 de %2 preguntas respondidas</translation>
    </message>
</context>
<context>
    <name>oht::quizview::QuizOverview</name>
    <message>
        <source>&amp;Your attempts</source>
        <translation>Tus i&amp;ntentos</translation>
    </message>
    <message>
        <source>&amp;Review attempt</source>
        <translation>Revisar intent&amp;o</translation>
    </message>
    <message>
        <source>Your attempts at this quiz</source>
        <translation>Tus intentos en este cuestionario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Review the selected attempt</source>
        <translation>Revisar el intento seleccionado</translation>
    </message>
    <message>
        <source>Exam: you see the results after submitting all answers.</source>
        <translation>Examen: verás los resultados después de entregar todas las respuestas.</translation>
    </message>
    <message>
        <source>You see whether each answer is right as soon as you check it.</source>
        <translation>Sabrás si cada respuesta es correcta en cuanto la compruebes.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <source>%1 · pass mark %2</source>
        <translation>%1 · nota para aprobar %2</translation>
    </message>
    <message>
        <source>&amp;Continue the quiz</source>
        <translation>Continuar e&amp;l cuestionario</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>Em&amp;pezar el cuestionario</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Intentarlo &amp;de nuevo</translation>
    </message>
    <message>
        <source>Your best score: %1 (%2)</source>
        <translation>Tu mejor puntuación: %1 (%2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>no aprobado</translation>
    </message>
    <message>
        <source>You have not finished this quiz yet.</source>
        <translation>Todavía no has terminado este cuestionario.</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <source>✗ Not passed</source>
        <translation>✗ No aprobado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Made on an older version of this quiz</source>
        <translation>Hecho con una versión anterior de este cuestionario</translation>
    </message>
</context>
<context>
    <name>oht::quizview::QuizPage</name>
    <message>
        <source>The quiz “%1” cannot be read. Reinstalling the course may help.</source>
        <translation>No se puede leer el cuestionario «%1». Puede servir volver a instalar el curso.</translation>
    </message>
    <message>
        <source>Choose a learner to take this quiz.</source>
        <translation>Elige un estudiante para hacer este cuestionario.</translation>
    </message>
    <message>
        <source>The course was updated while you were taking this quiz, so your unfinished attempt was closed. Its answers stay in your record.</source>
        <translation>El curso se actualizó mientras hacías este cuestionario, así que tu intento sin terminar se cerró. Sus respuestas se conservan en tu historial.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>The quiz could not be started: %1</source>
        <translation>No se pudo empezar el cuestionario: %1</translation>
    </message>
    <message>
        <source>You are continuing the attempt you started on %1; your answers so far are kept.</source>
        <translation>Continúas el intento que empezaste el %1; se conservan tus respuestas hasta ahora.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>No se pudo guardar tu respuesta: %1</translation>
    </message>
    <message>
        <source>Finish the quiz</source>
        <translation>Terminar el cuestionario</translation>
    </message>
    <message>
        <source>1 question is not answered yet.</source>
        <translation>Hay 1 pregunta sin responder.</translation>
    </message>
    <message>
        <source>%1 questions are not answered yet.</source>
        <translation>Hay %1 preguntas sin responder.</translation>
    </message>
    <message>
        <source>Unanswered questions earn no points. Finish anyway?</source>
        <translation>Las preguntas sin responder no suman puntos. ¿Terminar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Finish anyway</source>
        <translation>&amp;Terminar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep answering</source>
        <translation>&amp;Seguir respondiendo</translation>
    </message>
    <message>
        <source>The quiz could not be finished: %1</source>
        <translation>No se pudo terminar el cuestionario: %1</translation>
    </message>
    <message>
        <source>Your result is saved, but the course progress could not be updated: %1</source>
        <translation>Tu resultado está guardado, pero no se pudo actualizar el progreso del curso: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::QuizReview</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Intentarlo &amp;de nuevo</translation>
    </message>
    <message>
        <source>&amp;Back to the quiz overview</source>
        <translation>Vo&amp;lver al resumen del cuestionario</translation>
    </message>
    <message>
        <source>ⓘ This attempt was made on an older version of the quiz. The questions below are the current ones; your score is the one you earned then.</source>
        <translation>ⓘ Este intento se hizo con una versión anterior del cuestionario. Las preguntas de abajo son las actuales; tu puntuación es la que obtuviste entonces.</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Intentar el cuestionario de nuevo</translation>
    </message>
    <message>
        <source>Back to the quiz overview</source>
        <translation>Volver al resumen del cuestionario</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>%1 · %2 % of the points (%3 of %4) · pass mark %5 % · %6</source>
        <translation>%1 · %2 % de los puntos (%3 de %4) · nota para aprobar %5 % · %6</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Aprobado</translation>
    </message>
    <message>
        <source>✗ Not passed</source>
        <translation>✗ No aprobado</translation>
    </message>
    <message>
        <source>Not finished, so not scored · started %1</source>
        <translation>Sin terminar, así que sin puntuar · empezado el %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::TextQuestionWidget</name>
    <message>
        <source>Your answer (a word or short phrase)</source>
        <translation>Tu respuesta (una palabra o una frase corta)</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Escribe tu respuesta</translation>
    </message>
    <message>
        <source>Text answer</source>
        <translation>Respuesta de texto</translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation>Primero escribe una respuesta.</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <source>✗ Not right.</source>
        <translation>✗ Incorrecto.</translation>
    </message>
    <message>
        <source>Accepted answer: %1</source>
        <translation>Respuesta aceptada: %1</translation>
    </message>
    <message>
        <source>Accepted answers: %1</source>
        <translation>Respuestas aceptadas: %1</translation>
    </message>
</context>
<context>
    <name>oht::quizview::TrueFalseQuestionWidget</name>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Choose True or False first.</source>
        <translation>Primero elige Verdadero o Falso.</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <source>✗ Not right.</source>
        <translation>✗ Incorrecto.</translation>
    </message>
    <message>
        <source>The statement is true.</source>
        <translation>La afirmación es verdadera.</translation>
    </message>
    <message>
        <source>The statement is false.</source>
        <translation>La afirmación es falsa.</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::DiffView</name>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Línea %1:</translation>
    </message>
    <message>
        <source>Removed lines:</source>
        <translation>Líneas eliminadas:</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>Changes between versions</source>
        <translation>Cambios entre versiones</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Show what changed since another version of this pack (a folder or a .ohtpack file).</source>
        <translation>Muestra qué cambió desde otra versión de este paquete (una carpeta o un archivo .ohtpack).</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Comparar con una versión anterior</translation>
    </message>
    <message>
        <source>Course packs (*.ohtpack pack.json)</source>
        <translation>Paquetes de cursos (*.ohtpack pack.json)</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>No se puede comparar con %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the folder under review: %1</source>
        <translation>No se puede leer la carpeta en revisión: %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Cambios de %1 a %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n answer key(s) changed: learners&apos; earlier results were marked with the old answers.</source>
        <translation>
            <numerusform>⚠ %n clave de respuestas cambió: los resultados anteriores de los alumnos se corrigieron con las respuestas antiguas.</numerusform>
            <numerusform>⚠ %n claves de respuestas cambiaron: los resultados anteriores de los alumnos se corrigieron con las respuestas antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest (pack.json)</source>
        <translation>Manifiesto (pack.json)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Lessons and quizzes</source>
        <translation>Lecciones y cuestionarios</translation>
    </message>
    <message>
        <source>renamed: %1</source>
        <translation>renombrado: %1</translation>
    </message>
    <message>
        <source>moved from module %1 to %2</source>
        <translation>movido del módulo %1 al %2</translation>
    </message>
    <message>
        <source>moved within module %1</source>
        <translation>movido dentro del módulo %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>⚠ ANSWER KEY CHANGED: %1 → %2</source>
        <translation>⚠ CAMBIÓ LA CLAVE DE RESPUESTAS: %1 → %2</translation>
    </message>
    <message>
        <source>Media and other files</source>
        <translation>Multimedia y otros archivos</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::FolderPackContent</name>
    <message>
        <source>pack.json of %1 cannot be read: see the problems panel.</source>
        <translation>No se puede leer pack.json de %1: consulte el panel de problemas.</translation>
    </message>
    <message>
        <source>The folder under review is %1, not %2.</source>
        <translation>La carpeta en revisión es %1, no %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid pack path: %2</source>
        <translation>%1 no es una ruta de paquete válida: %2</translation>
    </message>
    <message>
        <source>%1 is not in the pack folder.</source>
        <translation>%1 no está en la carpeta del paquete.</translation>
    </message>
    <message>
        <source>%1 leads outside the pack folder.</source>
        <translation>%1 lleva fuera de la carpeta del paquete.</translation>
    </message>
    <message>
        <source>The pack has no lesson %1.</source>
        <translation>El paquete no tiene la lección %1.</translation>
    </message>
    <message>
        <source>%1 is not a Markdown or HTML lesson.</source>
        <translation>%1 no es una lección Markdown ni HTML.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::ItemPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>This quiz cannot be shown: see the problems panel.</source>
        <translation>Este cuestionario no se puede mostrar: consulte el panel de problemas.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Pregunta %1 (%2)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>If true: %1</source>
        <translation>Si es verdadero: %1</translation>
    </message>
    <message>
        <source>If false: %1</source>
        <translation>Si es falso: %1</translation>
    </message>
    <message>
        <source>Answer: %1 ± %2 %3</source>
        <translation>Respuesta: %1 ± %2 %3</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptadas: %1</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explicación:</translation>
    </message>
    <message>
        <source>Feedback if right: %1; if wrong: %2</source>
        <translation>Retroalimentación si acierta: %1; si falla: %2</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::LearnerQuizPreview</name>
    <message>
        <source>Quiz as learners see it</source>
        <translation>Cuestionario tal como lo ven los alumnos</translation>
    </message>
    <message>
        <source>The learner view needs a temporary folder and none could be created: %1</source>
        <translation>La vista del alumno necesita una carpeta temporal y no se pudo crear ninguna: %1</translation>
    </message>
    <message>
        <source>This pack has errors, so it cannot be installed and the quiz cannot be shown as learners take it. Fix the errors listed in the Problems panel; the Reviewer listing tab still shows the questions and answer keys.</source>
        <translation>Este paquete tiene errores, así que no se puede instalar ni mostrar el cuestionario como lo hacen los alumnos. Corrija los errores indicados en el panel Problemas; la pestaña Listado del revisor sigue mostrando las preguntas y las respuestas correctas.</translation>
    </message>
    <message>
        <source>The pack could not be built for the learner view: %1</source>
        <translation>No se pudo construir el paquete para la vista del alumno: %1</translation>
    </message>
    <message>
        <source>The learner view&apos;s library could not be opened: %1</source>
        <translation>No se pudo abrir la biblioteca de la vista del alumno: %1</translation>
    </message>
    <message>
        <source>The pack could not be installed for the learner view: %1</source>
        <translation>No se pudo instalar el paquete para la vista del alumno: %1</translation>
    </message>
    <message>
        <source>The learner view&apos;s progress could not be opened: %1</source>
        <translation>No se pudo abrir el progreso de la vista del alumno: %1</translation>
    </message>
    <message>
        <source>The learner view could not create its learner.</source>
        <translation>La vista del alumno no pudo crear su alumno.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::ProblemsPanel</name>
    <message>
        <source>Problems summary</source>
        <translation>Resumen de problemas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Validator findings and open review notes. Press Enter to open the place concerned.</source>
        <translation>Resultados del validador y notas de revisión abiertas. Pulse Intro para abrir el lugar correspondiente.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se ha encontrado ningún problema.</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Infos: %3 · Open notes: %4</source>
        <translation>Errores: %1 · Advertencias: %2 · Avisos: %3 · Notas abiertas: %4</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::ReviewLauncher</name>
    <message>
        <source>Open Pack &amp;Folder for Review…</source>
        <translation>Abrir &amp;carpeta de paquete para revisar…</translation>
    </message>
    <message>
        <source>Preview a course pack&apos;s source folder as learners will see it, without installing it: problems, answer keys and review notes.</source>
        <translation>Previsualiza la carpeta fuente de un paquete de curso tal como la verán los alumnos, sin instalarla: problemas, respuestas y notas de revisión.</translation>
    </message>
    <message>
        <source>Open Pack Folder for Review</source>
        <translation>Abrir carpeta de paquete para revisar</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 has no pack.json: choose the folder a course pack is built from.</source>
        <translation>%1 no tiene pack.json: elija la carpeta a partir de la que se construye un paquete de curso.</translation>
    </message>
</context>
<context>
    <name>oht::reviewui::ReviewWindow</name>
    <message>
        <source>Show &amp;answer keys</source>
        <translation>Mostrar l&amp;as respuestas</translation>
    </message>
    <message>
        <source>Mark item &amp;reviewed</source>
        <translation>Marcar elemento como &amp;revisado</translation>
    </message>
    <message>
        <source>Reviewer mode — %1</source>
        <translation>Modo de revisión — %1</translation>
    </message>
    <message>
        <source>Reviewer mode</source>
        <translation>Modo de revisión</translation>
    </message>
    <message>
        <source>Location of the problem</source>
        <translation>Ubicación del problema</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Índice del curso</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>optional, e.g. q2</source>
        <translation>opcional, p. ej. q2</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Note category</source>
        <translation>Categoría de la nota</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Id de la pregunta</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reviewer mode — not installed. %1, version %2 · licence %3 · review by %4. Saved changes reload automatically.</source>
        <translation>Modo de revisión — no instalado. %1, versión %2 · licencia %3 · revisar antes de %4. Los cambios guardados se recargan automáticamente.</translation>
    </message>
    <message>
        <source>Reviewer mode — not installed. pack.json cannot be read: see the problems panel.</source>
        <translation>Modo de revisión — no instalado. No se puede leer pack.json: consulte el panel de problemas.</translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation>%1 (revisado)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a lesson or quiz in the outline first.</source>
        <translation>Elija primero una lección o un cuestionario en el índice.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>Note %1 saved.</source>
        <translation>Nota %1 guardada.</translation>
    </message>
    <message>
        <source>file order</source>
        <translation>orden del archivo</translation>
    </message>
    <message>
        <source>Shuffle seed</source>
        <translation>Semilla de mezcla</translation>
    </message>
    <message>
        <source>The seed recorded with a learner&apos;s attempt shows the questions and options in the order that learner saw them.</source>
        <translation>La semilla registrada con el intento de un estudiante muestra las preguntas y las opciones en el orden en que las vio.</translation>
    </message>
    <message>
        <source>Shuffle &amp;seed:</source>
        <translation>&amp;Semilla de mezcla:</translation>
    </message>
    <message>
        <source>Lesson as learners see it</source>
        <translation>Lección tal como la ven los alumnos</translation>
    </message>
    <message>
        <source>%1 is not an item of the outline.</source>
        <translation>%1 no es un elemento del índice.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Learner &amp;view</source>
        <translation>&amp;Vista del alumno</translation>
    </message>
    <message>
        <source>Quiz views</source>
        <translation>Vistas del cuestionario</translation>
    </message>
    <message>
        <source>Reviewer l&amp;isting</source>
        <translation>L&amp;istado del revisor</translation>
    </message>
</context>
<context>
    <name>oht::storage</name>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3</source>
        <translation>Ha fallado la actualización de la base de datos %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>La base de datos %1 ha informado de un error: %2</translation>
    </message>
</context>
<context>
    <name>oht::storage::Migrator</name>
    <message>
        <source>The database %1 was written by a newer version of the app (schema %2; this app knows up to %3). Update the app; the database was not changed.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de la aplicación (esquema %2; esta aplicación conoce hasta el %3). Actualiza la aplicación; la base de datos no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>oht::storage::SqliteDatabase</name>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not available.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (mode %2).</source>
        <translation>La base de datos %1 no puede usar el registro de escritura anticipada (modo %2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de datos %1 está dañada: %2</translation>
    </message>
</context>
<context>
    <name>oht::toolkit::main</name>
    <message>
        <source>HealthTech Toolkit</source>
        <translation>HealthTech Toolkit</translation>
    </message>
    <message>
        <source>The library in “%1” cannot be opened: %2</source>
        <translation>No se puede abrir la biblioteca de «%1»: %2</translation>
    </message>
    <message>
        <source>The learners’ progress in “%1” cannot be opened: %2</source>
        <translation>No se puede abrir el progreso de los estudiantes en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>oht::ui::AboutDialog</name>
    <message>
        <source>Windows, widgets, database access, translations</source>
        <translation>Ventanas, controles, acceso a bases de datos, traducciones</translation>
    </message>
    <message>
        <source>The sealed lesson reader</source>
        <translation>El lector de lecciones aislado</translation>
    </message>
    <message>
        <source>Reading and writing course packs (zip)</source>
        <translation>Lectura y escritura de paquetes de curso (zip)</translation>
    </message>
    <message>
        <source>Markdown lessons</source>
        <translation>Lecciones en Markdown</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>The library and progress databases</source>
        <translation>Las bases de datos de la biblioteca y del progreso</translation>
    </message>
    <message>
        <source>Signatures of catalogs and packs, PIN hashing</source>
        <translation>Firmas de catálogos y paquetes, hash de los PIN</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compresión</translation>
    </message>
    <message>
        <source>About HealthTech Toolkit</source>
        <translation>Acerca de HealthTech Toolkit</translation>
    </message>
    <message>
        <source>HealthTech Toolkit</source>
        <translation>HealthTech Toolkit</translation>
    </message>
    <message>
        <source>Offline courses about health technology, made for One HealthTech.</source>
        <translation>Cursos sin conexión sobre tecnología sanitaria, hechos para One HealthTech.</translation>
    </message>
    <message>
        <source>App version:</source>
        <translation>Versión de la aplicación:</translation>
    </message>
    <message>
        <source>Library database schema:</source>
        <translation>Esquema de la base de datos de la biblioteca:</translation>
    </message>
    <message>
        <source>Course pack format:</source>
        <translation>Formato de paquete de curso:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Versión de Qt:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>HealthTech Toolkit is free software, licensed under %1. It is built on these libraries:</source>
        <translation>HealthTech Toolkit es software libre, con licencia %1. Está construido sobre estas bibliotecas:</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the versions and the data folder, e.g. for a bug report</source>
        <translation>Copia las versiones y la carpeta de datos, p. ej. para un informe de error</translation>
    </message>
</context>
<context>
    <name>oht::ui::CourseInfoPanel</name>
    <message>
        <source>About this course</source>
        <translation>Acerca de este curso</translation>
    </message>
    <message>
        <source>&amp;Start with the first lesson</source>
        <translation>&amp;Empezar por la primera lección</translation>
    </message>
    <message>
        <source>Start with the first lesson</source>
        <translation>Empezar por la primera lección</translation>
    </message>
    <message>
        <source>⚠ Review date passed on %1. Health and regulatory content changes: check important facts against current sources, and look for a newer version of this course.</source>
        <translation>⚠ La fecha de revisión venció el %1. El contenido sanitario y normativo cambia: comprueba los datos importantes en fuentes actuales y busca una versión más reciente de este curso.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Redactado</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes de</translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation> (vencida)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>1 lección</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>%1 lecciones</translation>
    </message>
    <message>
        <source>1 quiz</source>
        <translation>1 cuestionario</translation>
    </message>
    <message>
        <source>%1 quizzes</source>
        <translation>%1 cuestionarios</translation>
    </message>
</context>
<context>
    <name>oht::ui::CoursePage</name>
    <message>
        <source>◀ &amp;Library</source>
        <translation>◀ &amp;Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Back to the library (Alt+Home)</source>
        <translation>Volver a la biblioteca (Alt+Inicio)</translation>
    </message>
    <message>
        <source>About this &amp;Course</source>
        <translation>Acerca de este &amp;curso</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>Acerca de este curso</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Ante&amp;rior</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento anterior</translation>
    </message>
    <message>
        <source>Previous lesson or quiz (Alt+Left)</source>
        <translation>Lección o cuestionario anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento siguiente</translation>
    </message>
    <message>
        <source>Next lesson or quiz (Alt+Right)</source>
        <translation>Lección o cuestionario siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Índice del curso</translation>
    </message>
    <message>
        <source>Modules, lessons and quizzes. Press Enter to open.</source>
        <translation>Módulos, lecciones y cuestionarios. Pulsa Intro para abrir.</translation>
    </message>
    <message>
        <source>The course “%1” has no lesson or quiz with the id “%2”.</source>
        <translation>El curso «%1» no tiene ninguna lección ni cuestionario con el identificador «%2».</translation>
    </message>
    <message>
        <source>This course has no item “%1”.</source>
        <translation>Este curso no tiene ningún elemento «%1».</translation>
    </message>
    <message>
        <source>Quiz: %1

Taking quizzes in the app comes with the next version. Use Next to continue with the course.</source>
        <translation>Cuestionario: %1

Los cuestionarios llegarán a la aplicación en la próxima versión. Usa Siguiente para continuar con el curso.</translation>
    </message>
    <message>
        <source>“%1” is a file of this course, not a lesson, so it cannot be opened here.</source>
        <translation>«%1» es un archivo de este curso, no una lección, así que no se puede abrir aquí.</translation>
    </message>
    <message>
        <source>&amp;Your Progress</source>
        <translation>&amp;Tu progreso</translation>
    </message>
    <message>
        <source>Your progress in this course</source>
        <translation>Tu progreso en este curso</translation>
    </message>
    <message>
        <source>Completion, quiz scores, study time and certificate</source>
        <translation>Finalización, puntuaciones de los cuestionarios, tiempo de estudio y certificado</translation>
    </message>
</context>
<context>
    <name>oht::ui::ExternalLinkBar</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss link notice</source>
        <translation>Descartar el aviso del enlace</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>This link leads outside the course and was not opened:
%1</source>
        <translation>Este enlace lleva fuera del curso y no se ha abierto:
%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>An e-mail address from the course (no e-mail program was opened):
%1</source>
        <translation>Una dirección de correo electrónico del curso (no se ha abierto ningún programa de correo):
%1</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>Copy e-mail address</source>
        <translation>Copiar la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>A phone number from the course (no call was made):
%1</source>
        <translation>Un número de teléfono del curso (no se ha hecho ninguna llamada):
%1</translation>
    </message>
    <message>
        <source>Copy Nu&amp;mber</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>Copiar el número de teléfono</translation>
    </message>
    <message>
        <source>C&amp;opy Link</source>
        <translation>C&amp;opiar enlace</translation>
    </message>
</context>
<context>
    <name>oht::ui::ImportController</name>
    <message>
        <source>Course packs (*.ohtpack)</source>
        <translation>Paquetes de curso (*.ohtpack)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing course</source>
        <translation>Importando el curso</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>Installed “%1” (version %2).</source>
        <translation>Se ha instalado «%1» (versión %2).</translation>
    </message>
    <message>
        <source>Updated “%1” to version %2.</source>
        <translation>Se ha actualizado «%1» a la versión %2.</translation>
    </message>
    <message>
        <source>“%1” version %2 is already installed.</source>
        <translation>«%1» versión %2 ya está instalado.</translation>
    </message>
    <message>
        <source>Installed the older version %2 of “%1”.</source>
        <translation>Se ha instalado la versión anterior %2 de «%1».</translation>
    </message>
    <message>
        <source>Course not imported</source>
        <translation>Curso no importado</translation>
    </message>
    <message>
        <source>“%1” could not be imported.</source>
        <translation>No se ha podido importar «%1».</translation>
    </message>
    <message>
        <source>Your library has not been changed.</source>
        <translation>Tu biblioteca no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>oht::ui::LaunchOptions</name>
    <message>
        <source>Use the library in DIR.</source>
        <translation>Usar la biblioteca de DIR.</translation>
    </message>
    <message>
        <source>Open a course, or one of its items.</source>
        <translation>Abrir un curso o uno de sus elementos.</translation>
    </message>
    <message>
        <source>“%1” is not a course id, or a course id and an item id separated by “/”.</source>
        <translation>«%1» no es un identificador de curso, ni un identificador de curso y otro de elemento separados por «/».</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>Keep the library and settings in the “data” folder beside the app (also on when a file named “portable” is there).</source>
        <translation>Guarda la biblioteca y la configuración en la carpeta «data» junto a la aplicación (también se activa si hay un archivo llamado «portable»).</translation>
    </message>
    <message>
        <source>Course packs to import.</source>
        <translation>Paquetes de curso que importar.</translation>
    </message>
    <message>
        <source>Review a pack&apos;s source folder without installing it: it reloads whenever a file in it is saved.</source>
        <translation>Revisa la carpeta fuente de un paquete sin instalarlo: se recarga cada vez que se guarda un archivo en ella.</translation>
    </message>
    <message>
        <source>“%1” is not a folder; --preview takes a pack&apos;s source folder.</source>
        <translation>«%1» no es una carpeta; --preview recibe la carpeta fuente de un paquete.</translation>
    </message>
</context>
<context>
    <name>oht::ui::LessonArea</name>
    <message>
        <source>Lesson error</source>
        <translation>Error de la lección</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>This lesson cannot be shown: %1</source>
        <translation>No se puede mostrar esta lección: %1</translation>
    </message>
</context>
<context>
    <name>oht::ui::LibraryPage</name>
    <message>
        <source>The library could not be read: %1</source>
        <translation>No se ha podido leer la biblioteca: %1</translation>
    </message>
    <message>
        <source>No courses are installed yet.

Import a course pack (.ohtpack) with the button below, from File ▸ Import Course…, or drop the file onto this window.</source>
        <translation>Todavía no hay cursos instalados.

Importa un paquete de curso (.ohtpack) con el botón de abajo, desde Archivo ▸ Importar curso… o soltando el archivo en esta ventana.</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Ningún curso coincide con «%1».</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Tus cursos</translation>
    </message>
    <message>
        <source>Filter courses</source>
        <translation>Filtrar cursos</translation>
    </message>
    <message>
        <source>Show only the courses whose title, language or version contains this text</source>
        <translation>Mostrar solo los cursos cuyo título, idioma o versión contiene este texto</translation>
    </message>
    <message>
        <source>Installed courses</source>
        <translation>Cursos instalados</translation>
    </message>
    <message>
        <source>Press Enter to open the selected course</source>
        <translation>Pulsa Intro para abrir el curso seleccionado</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <source>Library error</source>
        <translation>Error de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Open Course</source>
        <translation>&amp;Abrir curso</translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>Abrir curso</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Quitar curso</translation>
    </message>
    <message>
        <source>&amp;Import Course…</source>
        <translation>&amp;Importar curso…</translation>
    </message>
    <message>
        <source>Import course</source>
        <translation>Importar curso</translation>
    </message>
</context>
<context>
    <name>oht::ui::MainWindow</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Import cancelled. Your library has not been changed.</source>
        <translation>Importación cancelada. Tu biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <source>A course pack was refused. Your library has not been changed.</source>
        <translation>Se ha rechazado un paquete de curso. Tu biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Import Course…</source>
        <translation>&amp;Importar curso…</translation>
    </message>
    <message>
        <source>&amp;Remove Course…</source>
        <translation>&amp;Quitar curso…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Elemento &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Elemento &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Search All Courses…</source>
        <translation>&amp;Buscar en todos los cursos…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About HealthTech Toolkit</source>
        <translation>A&amp;cerca de HealthTech Toolkit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>HealthTech Toolkit</source>
        <translation>HealthTech Toolkit</translation>
    </message>
    <message>
        <source>%1 — HealthTech Toolkit</source>
        <translation>%1 — HealthTech Toolkit</translation>
    </message>
    <message>
        <source>Course not opened</source>
        <translation>Curso no abierto</translation>
    </message>
    <message>
        <source>Course not found</source>
        <translation>Curso no encontrado</translation>
    </message>
    <message>
        <source>No installed course has the id “%1”. The library lists the installed courses; import the course first.</source>
        <translation>Ningún curso instalado tiene el identificador «%1». La biblioteca muestra los cursos instalados; importa antes el curso.</translation>
    </message>
    <message>
        <source>Import Course Packs</source>
        <translation>Importar paquetes de curso</translation>
    </message>
    <message>
        <source>Course not removed</source>
        <translation>Curso no quitado</translation>
    </message>
    <message>
        <source>Remove Course</source>
        <translation>Quitar curso</translation>
    </message>
    <message>
        <source>Remove “%1” from your library?</source>
        <translation>¿Quitar «%1» de tu biblioteca?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se ha quitado «%1».</translation>
    </message>
    <message>
        <source>Its lessons will be deleted. Your progress in it is kept, and you can import the course pack again later.</source>
        <translation>Se borrarán sus lecciones. Tu progreso en él se conserva y puedes volver a importar el paquete del curso más adelante.</translation>
    </message>
</context>
<context>
    <name>oht::ui::OutlineModel</name>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Módulo %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (current)</source>
        <translation>%1: %2 (actual)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>A check mark before a completed lesson or quiz in the course outline</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1: %2 (completed, current)</source>
        <translation>%1: %2 (completado, actual)</translation>
    </message>
    <message>
        <source>%1: %2 (completed)</source>
        <translation>%1: %2 (completado)</translation>
    </message>
</context>
<context>
    <name>oht::ui::PackListModel</name>
    <message>
        <source>Review date passed on %1: some content may be out of date.</source>
        <translation>La fecha de revisión venció el %1: parte del contenido puede estar desactualizado.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Completion of a course, e.g. &quot;45 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 percent complete</source>
        <translation>%1 por ciento completado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>oht::ui::ProgressController</name>
    <message>
        <source>L&amp;earner</source>
        <translation>&amp;Estudiante</translation>
    </message>
    <message>
        <source>&amp;Switch Learner</source>
        <translation>&amp;Cambiar de estudiante</translation>
    </message>
    <message>
        <source>&amp;Manage Learners…</source>
        <translation>&amp;Gestionar estudiantes…</translation>
    </message>
    <message>
        <source>&amp;Mark as Complete</source>
        <translation>&amp;Marcar como completada</translation>
    </message>
    <message>
        <source>Mark this lesson as complete, or not complete any more (Ctrl+Shift+M)</source>
        <translation>Marcar esta lección como completada, o quitar la marca (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1</source>
        <translation>No se pudo guardar tu progreso: %1</translation>
    </message>
    <message>
        <source>▶ Continue where you left off: “%1” in %2</source>
        <translation>▶ Continúa donde lo dejaste: «%1» en %2</translation>
    </message>
    <message>
        <source>Continue where you left off: %1, in the course %2</source>
        <translation>Continúa donde lo dejaste: %1, en el curso %2</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Estudiante: %1</translation>
    </message>
    <message>
        <source>Current learner: %1</source>
        <translation>Estudiante actual: %1</translation>
    </message>
    <message>
        <source>%1 (PIN)</source>
        <translation>%1 (PIN)</translation>
    </message>
    <message>
        <source>New or Other Learner…</source>
        <translation>Estudiante nuevo u otro…</translation>
    </message>
    <message>
        <source>Now learning as %1.</source>
        <translation>Ahora aprendes como %1.</translation>
    </message>
    <message>
        <source>Mark this lesson as complete</source>
        <translation>Marcar esta lección como completada</translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ Completada</translation>
    </message>
    <message>
        <source>Mark as Complete</source>
        <translation>Marcar como completada</translation>
    </message>
</context>
<context>
    <name>oht::ui::SearchDialog</name>
    <message>
        <source>Search All Courses</source>
        <translation>Buscar en todos los cursos</translation>
    </message>
    <message>
        <source>Search all courses</source>
        <translation>Buscar en todos los cursos</translation>
    </message>
    <message>
        <source>Search lessons in every course</source>
        <translation>Buscar en las lecciones de todos los cursos</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Type words to find; use quotes for a phrase. Up and Down choose a result, Enter opens it.</source>
        <translation>Escribe las palabras que buscas; usa comillas para una frase. Arriba y Abajo eligen un resultado, Intro lo abre.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Open Lesson</source>
        <translation>&amp;Abrir lección</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Type a word to search the lessons of every installed course.</source>
        <translation>Escribe una palabra para buscar en las lecciones de todos los cursos instalados.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message>
        <source>No lesson contains “%1”. Check the spelling or try fewer words.</source>
        <translation>Ninguna lección contiene «%1». Revisa la ortografía o prueba con menos palabras.</translation>
    </message>
    <message>
        <source>1 lesson found. Press Enter to open it.</source>
        <translation>1 lección encontrada. Pulsa Intro para abrirla.</translation>
    </message>
    <message>
        <source>%1 lessons found. Press Enter to open the selected one.</source>
        <translation>%1 lecciones encontradas. Pulsa Intro para abrir la seleccionada.</translation>
    </message>
</context>
<context>
    <name>oht::ui::SearchResultModel</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>oht::ui::ShortcutsDialog</name>
    <message>
        <source>Search all courses</source>
        <translation>Buscar en todos los cursos</translation>
    </message>
    <message>
        <source>Import a course pack</source>
        <translation>Importar un paquete de curso</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the selected course, lesson or search result</source>
        <translation>Abrir el curso, la lección o el resultado seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected course (asks first)</source>
        <translation>Quitar el curso seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Previous lesson or quiz</source>
        <translation>Lección o cuestionario anterior</translation>
    </message>
    <message>
        <source>Next lesson or quiz</source>
        <translation>Lección o cuestionario siguiente</translation>
    </message>
    <message>
        <source>Find in the lesson</source>
        <translation>Buscar en la lección</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Mayús+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>Larger / smaller text</source>
        <translation>Texto más grande / más pequeño</translation>
    </message>
    <message>
        <source>Actual text size</source>
        <translation>Tamaño de texto real</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>Move between the outline, the lesson and the buttons</source>
        <translation>Moverse entre el índice, la lección y los botones</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Get courses from a catalog (web or USB folder)</source>
        <translation>Obtener cursos de un catálogo (web o carpeta USB)</translation>
    </message>
    <message>
        <source>Export the selected course to share it</source>
        <translation>Exportar el curso seleccionado para compartirlo</translation>
    </message>
    <message>
        <source>Your progress: completion, quiz scores, study time, record, certificates</source>
        <translation>Tu progreso: finalización, puntuaciones de los cuestionarios, tiempo de estudio, registro, certificados</translation>
    </message>
</context>
<context>
    <name>oht::web::FindBar</name>
    <message>
        <source>Find in lesson</source>
        <translation>Buscar en la lección</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>oht::web::LessonView</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>&amp;Find in Lesson…</source>
        <translation>&amp;Buscar en la lección…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>oht::web::LibraryPackContent</name>
    <message>
        <source>The course %1 has no lesson %2.</source>
        <translation>El curso %1 no tiene la lección %2.</translation>
    </message>
</context>
</TS>
