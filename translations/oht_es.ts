<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>oht</name>
    <message>
        <source>empty path</source>
        <translation>ruta vacía</translation>
    </message>
    <message>
        <source>path "%1" is longer than 1024 bytes</source>
        <translation>la ruta "%1" ocupa más de 1024 bytes</translation>
    </message>
    <message>
        <source>path "%1" contains a control character</source>
        <translation>la ruta "%1" contiene un carácter de control</translation>
    </message>
    <message>
        <source>path "%1" is not valid UTF-8</source>
        <translation>la ruta "%1" no es UTF-8 válido</translation>
    </message>
    <message>
        <source>path "%1" contains a backslash</source>
        <translation>la ruta "%1" contiene una barra invertida</translation>
    </message>
    <message>
        <source>path "%1" is absolute</source>
        <translation>la ruta "%1" es absoluta</translation>
    </message>
    <message>
        <source>path "%1" starts with a drive letter</source>
        <translation>la ruta "%1" empieza por una letra de unidad</translation>
    </message>
    <message>
        <source>path "%1" contains a ".." segment</source>
        <translation>la ruta "%1" contiene un segmento ".."</translation>
    </message>
    <message>
        <source>path "%1" contains a "." segment</source>
        <translation>la ruta "%1" contiene un segmento "."</translation>
    </message>
    <message>
        <source>path "%1" contains an empty segment</source>
        <translation>la ruta "%1" contiene un segmento vacío</translation>
    </message>
    <message>
        <source>path "%1" contains a colon, which Windows cannot store</source>
        <translation>la ruta "%1" contiene dos puntos, que Windows no puede guardar</translation>
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
        <source>Cannot write "%1": %2.</source>
        <translation>No se puede escribir "%1": %2.</translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipReader</name>
    <message>
        <source>The archive has no entry "%1".</source>
        <translation>El archivo comprimido no tiene la entrada "%1".</translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipWriter</name>
    <message>
        <source>The zip writer for "%1" was already opened.</source>
        <translation>El escritor zip de "%1" ya estaba abierto.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2.</source>
        <translation>No se puede leer "%1": %2.</translation>
    </message>
    <message>
        <source>"%1" changed or could not be read while it was being added to the archive.</source>
        <translation>"%1" cambió o no se pudo leer mientras se añadía al archivo comprimido.</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>no se puede volcar al disco</translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipWriter::Private</name>
    <message>
        <source>Writing "%1" already failed.</source>
        <translation>La escritura de "%1" ya había fallado.</translation>
    </message>
    <message>
        <source>The zip writer for "%1" is not open.</source>
        <translation>El escritor zip de "%1" no está abierto.</translation>
    </message>
    <message>
        <source>Cannot add "%1" to the archive: %2.</source>
        <translation>No se puede añadir "%1" al archivo comprimido: %2.</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>no es un nombre de archivo</translation>
    </message>
    <message>
        <source>"%1" was added to the archive twice.</source>
        <translation>"%1" se ha añadido dos veces al archivo comprimido.</translation>
    </message>
    <message>
        <source>"%1" differs from another entry only by letter case or Unicode normalisation.</source>
        <translation>"%1" solo se diferencia de otra entrada en mayúsculas y minúsculas o en la normalización Unicode.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>entry "%1": %2</source>
        <translation>entrada "%1": %2</translation>
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
        <source>Entry "%1" unpacks to more than %2.</source>
        <translation>La entrada "%1" ocupa más de %2 al descomprimirse.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 in total (limit reached in entry "%2").</source>
        <translation>El archivo comprimido ocupa más de %1 en total al descomprimirse (límite alcanzado en la entrada "%2").</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 times its own size (at entry "%2"): it looks like a zip bomb.</source>
        <translation>El archivo comprimido se descomprime a más de %1 veces su propio tamaño (en la entrada "%2"): parece una bomba zip.</translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::EntryChecker</name>
    <message>
        <source>The archive has more than %1 entries (entry "%2" is one too many).</source>
        <translation>El archivo comprimido tiene más de %1 entradas (la entrada "%2" sobra).</translation>
    </message>
    <message>
        <source>Entry #%1 has a name that is not valid UTF-8 ("%2").</source>
        <translation>La entrada n.º %1 tiene un nombre que no es UTF-8 válido ("%2").</translation>
    </message>
    <message>
        <source>Entry "%1" is encrypted.</source>
        <translation>La entrada "%1" está cifrada.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry "%1" (%2).</source>
        <translation>El archivo comprimido está dañado en la entrada "%1" (%2).</translation>
    </message>
    <message>
        <source>Entry "%1" uses the compression method "%2"; packs use deflate or none.</source>
        <translation>La entrada "%1" usa el método de compresión "%2"; los paquetes usan deflate o ninguno.</translation>
    </message>
    <message>
        <source>Entry "%1" has a control character in its name.</source>
        <translation>La entrada "%1" tiene un carácter de control en el nombre.</translation>
    </message>
    <message>
        <source>Entry "%1" has a name that is not valid UTF-8.</source>
        <translation>La entrada "%1" tiene un nombre que no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Entry "%1" has a backslash in its name; pack paths use "/".</source>
        <translation>La entrada "%1" tiene una barra invertida en el nombre; las rutas de los paquetes usan "/".</translation>
    </message>
    <message>
        <source>Entry "%1" has an absolute path.</source>
        <translation>La entrada "%1" tiene una ruta absoluta.</translation>
    </message>
    <message>
        <source>Entry "%1" starts with a drive letter.</source>
        <translation>La entrada "%1" empieza por una letra de unidad.</translation>
    </message>
    <message>
        <source>Entry "%1" points outside the pack ("..").</source>
        <translation>La entrada "%1" apunta fuera del paquete ("..").</translation>
    </message>
    <message>
        <source>Entry "%1" has an unsafe name: %2.</source>
        <translation>La entrada "%1" tiene un nombre inseguro: %2.</translation>
    </message>
    <message>
        <source>Entry "%1" is a hard link, not a regular file.</source>
        <translation>La entrada "%1" es un enlace duro, no un archivo normal.</translation>
    </message>
    <message>
        <source>Entry "%1" is a %2, not a regular file.</source>
        <translation>La entrada "%1" es un %2, no un archivo normal.</translation>
    </message>
    <message>
        <source>Entry "%1" appears more than once in the archive.</source>
        <translation>La entrada "%1" aparece más de una vez en el archivo comprimido.</translation>
    </message>
    <message>
        <source>Entries "%1" and "%2" differ only by letter case or Unicode normalisation.</source>
        <translation>Las entradas "%1" y "%2" solo se diferencian en mayúsculas y minúsculas o en la normalización Unicode.</translation>
    </message>
    <message>
        <source>Entry "%1" is a file, but "%2" uses it as a folder.</source>
        <translation>La entrada "%1" es un archivo, pero "%2" la usa como carpeta.</translation>
    </message>
    <message>
        <source>Entry "%1" is inside "%2", which is a file.</source>
        <translation>La entrada "%1" está dentro de "%2", que es un archivo.</translation>
    </message>
    <message>
        <source>Folder entry "%1" has the name of the file "%2".</source>
        <translation>La carpeta "%1" tiene el nombre del archivo "%2".</translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::ReadSession</name>
    <message>
        <source>Cannot read the archive "%1".</source>
        <translation>No se puede leer el archivo comprimido "%1".</translation>
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
        <source>entry "%1"</source>
        <translation>entrada "%1"</translation>
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
        <source>The file %1 of %2 is missing from the library's store: %3</source>
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
</context>
<context>
    <name>oht::library::BlobSink</name>
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
        <source>Cannot move %1 into the library's file store.</source>
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
        <source>The file %1 of %2 is missing from the library's store: %3</source>
        <translation>Falta el archivo %1 de %2 en el almacén de la biblioteca: %3</translation>
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
        <source>module "%1"</source>
        <translation>el módulo "%1"</translation>
    </message>
    <message>
        <source>The module id "%1" is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador de módulo "%1" no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
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
        <source>item "%1"</source>
        <translation>el elemento "%1"</translation>
    </message>
    <message>
        <source>The item id "%1" is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador de elemento "%1" no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>The type of %1 is "%2"; it must be "lesson" or "quiz".</source>
        <translation>El tipo de %1 es "%2"; debe ser "lesson" o "quiz".</translation>
    </message>
    <message>
        <source>The file of %1 is empty.</source>
        <translation>El archivo de %1 está vacío.</translation>
    </message>
    <message>
        <source>entry %1 of "files"</source>
        <translation>la entrada %1 de "files"</translation>
    </message>
    <message>
        <source>the "files" entry for %1</source>
        <translation>la entrada de "files" para %1</translation>
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
        <source>"files" must not list pack.json itself.</source>
        <translation>"files" no debe incluir el propio pack.json.</translation>
    </message>
    <message>
        <source>"files" lists %1 more than once.</source>
        <translation>"files" incluye %1 más de una vez.</translation>
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
        <source>The pack id "%1" is not valid: use 3 to 100 characters of a-z, 0-9, dots and hyphens, starting with a letter, like "org.example.course".</source>
        <translation>El identificador de paquete "%1" no es válido: usa de 3 a 100 caracteres entre a-z, 0-9, puntos y guiones, empezando por una letra, como "org.example.course".</translation>
    </message>
    <message>
        <source>The version "%1" is not a semantic version like 1.0.0.</source>
        <translation>La versión "%1" no es una versión semántica como 1.0.0.</translation>
    </message>
    <message>
        <source>The pack title must have 1 to 200 characters; it has %1.</source>
        <translation>El título del paquete debe tener de 1 a 200 caracteres; tiene %1.</translation>
    </message>
    <message>
        <source>The language "%1" is not a BCP 47 language tag like "en", "en-GB" or "pt-BR".</source>
        <translation>El idioma "%1" no es una etiqueta de idioma BCP 47 como "en", "en-GB" o "pt-BR".</translation>
    </message>
    <message>
        <source>The minimum app version "%1" is not a semantic version like 0.1.0.</source>
        <translation>La versión mínima de la aplicación "%1" no es una versión semántica como 0.1.0.</translation>
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
        <source>The licence "%1" is not an SPDX licence expression like "CC-BY-4.0" or "CC-BY-SA-4.0 OR MIT": %2.</source>
        <translation>La licencia "%1" no es una expresión de licencia SPDX como "CC-BY-4.0" o "CC-BY-SA-4.0 OR MIT": %2.</translation>
    </message>
    <message>
        <source>The licence "%1" is not one this app knows. Check the spelling against the SPDX licence list, or use "LicenseRef-..." for a licence of your own.</source>
        <translation>La aplicación no conoce la licencia "%1". Comprueba la ortografía en la lista de licencias SPDX o usa "LicenseRef-..." para una licencia propia.</translation>
    </message>
    <message>
        <source>The date "%1" in "%2" is not a date written as YYYY-MM-DD.</source>
        <translation>La fecha "%1" de "%2" no está escrita como AAAA-MM-DD.</translation>
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
        <source>The id "%1" is used twice, by %2 and by %3. Module and item ids must be unique in the whole pack.</source>
        <translation>El identificador "%1" se usa dos veces, en %2 y en %3. Los identificadores de módulos y elementos deben ser únicos en todo el paquete.</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::Parser</name>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>"%1" inesperado</translation>
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
        <source>a "(" is not closed</source>
        <translation>falta cerrar un "("</translation>
    </message>
    <message>
        <source>a licence id is missing at the end</source>
        <translation>falta un identificador de licencia al final</translation>
    </message>
    <message>
        <source>a licence id is missing before "%1"</source>
        <translation>falta un identificador de licencia antes de "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a valid licence id</source>
        <translation>"%1" no es un identificador de licencia válido</translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::QuizReader</name>
    <message>
        <source>The id "%1" in %2 is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador "%1" de %2 no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>The id "%1" is used twice in %2; ids must be unique within a question.</source>
        <translation>El identificador "%1" se usa dos veces en %2; los identificadores deben ser únicos dentro de una pregunta.</translation>
    </message>
    <message>
        <source>option "%1" of %2</source>
        <translation>la opción "%1" de %2</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>la opción %1 de %2</translation>
    </message>
    <message>
        <source>%1 has two options with the text "%2".</source>
        <translation>%1 tiene dos opciones con el texto "%2".</translation>
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
        <source>%1 is a text question without any accepted answer; list at least one in "accept".</source>
        <translation>%1 es una pregunta de texto sin ninguna respuesta aceptada; indica al menos una en "accept".</translation>
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
        <source>item "%1" of %2</source>
        <translation>el elemento "%1" de %2</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>el elemento %1 de %2</translation>
    </message>
    <message>
        <source>%1 has two items with the text "%2".</source>
        <translation>%1 tiene dos elementos con el texto "%2".</translation>
    </message>
    <message>
        <source>pair "%1" of %2</source>
        <translation>la pareja "%1" de %2</translation>
    </message>
    <message>
        <source>pair %1 of %2</source>
        <translation>la pareja %1 de %2</translation>
    </message>
    <message>
        <source>%1 has two pairs with the same left side "%2".</source>
        <translation>%1 tiene dos parejas con el mismo lado izquierdo "%2".</translation>
    </message>
    <message>
        <source>%1 has two pairs with the same right side "%2".</source>
        <translation>%1 tiene dos parejas con el mismo lado derecho "%2".</translation>
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
        <source>The quiz mode is "%1"; it must be "immediate" or "exam".</source>
        <translation>El modo del cuestionario es "%1"; debe ser "immediate" o "exam".</translation>
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
        <source>question "%1"</source>
        <translation>la pregunta "%1"</translation>
    </message>
    <message>
        <source>The question id "%1" is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation>El identificador de pregunta "%1" no es válido: usa de 1 a 64 caracteres entre A-Z, a-z, 0-9, _ y -.</translation>
    </message>
    <message>
        <source>Two questions have the id "%1"; question ids must be unique within the quiz.</source>
        <translation>Dos preguntas tienen el identificador "%1"; los identificadores de pregunta deben ser únicos dentro del cuestionario.</translation>
    </message>
    <message>
        <source>The type of %1 is "%2"; it must be one of single, multiple, truefalse, numeric, text, ordering or matching.</source>
        <translation>El tipo de %1 es "%2"; debe ser single, multiple, truefalse, numeric, text, ordering o matching.</translation>
    </message>
    <message>
        <source>%1 is worth %2 points; points must be more than zero.</source>
        <translation>%1 vale %2 puntos; los puntos deben ser más que cero.</translation>
    </message>
    <message>
        <source>The "%1" of %2 is empty.</source>
        <translation>El campo "%1" de %2 está vacío.</translation>
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
        <source>The required field "%1" is missing in %2.</source>
        <translation>Falta el campo obligatorio "%1" en %2.</translation>
    </message>
    <message>
        <source>The field "%1" in %2 must be %3, but it is %4.</source>
        <translation>El campo "%1" de %2 debe ser %3, pero es %4.</translation>
    </message>
    <message>
        <source>Entry %1 of "%2" in %3 must be an object ({ ... }), but it is %4.</source>
        <translation>La entrada %1 de "%2" en %3 debe ser un objeto ({ ... }), pero es %4.</translation>
    </message>
    <message>
        <source>The field "%1" in %2 is not part of the pack format and is ignored.</source>
        <translation>El campo "%1" de %2 no forma parte del formato de paquete y se ignora.</translation>
    </message>
    <message>
        <source>The field "%1" appears more than once in the same object; only the last one counts.</source>
        <translation>El campo "%1" aparece más de una vez en el mismo objeto; solo cuenta el último.</translation>
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
        <source>"%1" and "%2" differ only by letter case or by how accents are encoded; Windows and macOS would store them as one. Rename one of them.</source>
        <translation>"%1" y "%2" solo se diferencian en mayúsculas y minúsculas o en cómo se codifican los acentos; Windows y macOS los guardarían como uno solo. Cambia el nombre de uno de ellos.</translation>
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
        <source>The review date %1 has passed. Check that the content is still correct, then set a new date in "reviewBy".</source>
        <translation>La fecha de revisión %1 ha pasado. Comprueba que el contenido sigue siendo correcto y pon una fecha nueva en "reviewBy".</translation>
    </message>
    <message>
        <source>Item "%1" names a file that cannot be in a pack: %2.</source>
        <translation>El elemento "%1" nombra un archivo que no puede estar en un paquete: %2.</translation>
    </message>
    <message>
        <source>Item "%1" is a lesson, but %2 is not a Markdown (.md) or HTML (.html) file.</source>
        <translation>El elemento "%1" es una lección, pero %2 no es un archivo Markdown (.md) ni HTML (.html).</translation>
    </message>
    <message>
        <source>Item "%1" is a quiz, but %2 is not a quiz file (.json).</source>
        <translation>El elemento "%1" es un cuestionario, pero %2 no es un archivo de cuestionario (.json).</translation>
    </message>
    <message>
        <source>Item "%1" points to %2, which is not in the pack.</source>
        <translation>El elemento "%1" apunta a %2, que no está en el paquete.</translation>
    </message>
    <message>
        <source>The lesson %1 of item "%2" could not be read.</source>
        <translation>No se ha podido leer la lección %1 del elemento "%2".</translation>
    </message>
    <message>
        <source>The image "%1" points outside the pack; use a path relative to the lesson, like "../media/picture.png".</source>
        <translation>La imagen "%1" apunta fuera del paquete; usa una ruta relativa a la lección, como "../media/picture.png".</translation>
    </message>
    <message>
        <source>The link "%1" points outside the pack; use a path relative to the lesson, like "other-lesson.md".</source>
        <translation>El enlace "%1" apunta fuera del paquete; usa una ruta relativa a la lección, como "other-lesson.md".</translation>
    </message>
    <message>
        <source>The image "%1" points to %2, which is not in the pack.</source>
        <translation>La imagen "%1" apunta a %2, que no está en el paquete.</translation>
    </message>
    <message>
        <source>The link "%1" points to %2, which is not in the pack.</source>
        <translation>El enlace "%1" apunta a %2, que no está en el paquete.</translation>
    </message>
    <message>
        <source>The quiz %1 of item "%2" could not be read.</source>
        <translation>No se ha podido leer el cuestionario %1 del elemento "%2".</translation>
    </message>
    <message>
        <source>"files" lists a path that cannot be in a pack: %1.</source>
        <translation>"files" incluye una ruta que no puede estar en un paquete: %1.</translation>
    </message>
    <message>
        <source>"files" lists %1, but the pack does not contain it.</source>
        <translation>"files" incluye %1, pero el paquete no lo contiene.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but "files" in pack.json says %3: the file was changed or damaged after the pack was built.</source>
        <translation>%1 tiene %2 bytes, pero "files" de pack.json indica %3: el archivo se modificó o se dañó después de crear el paquete.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 differs from the one in "files" in pack.json: the file was changed or damaged after the pack was built.</source>
        <translation>El SHA-256 de %1 no coincide con el de "files" en pack.json: el archivo se modificó o se dañó después de crear el paquete.</translation>
    </message>
    <message>
        <source>%1 is in the pack but not listed in "files" in pack.json.</source>
        <translation>%1 está en el paquete, pero no figura en "files" de pack.json.</translation>
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
</context>
<context>
    <name>oht::ui::AboutDialog</name>
    <message>
        <source>Windows, widgets, database access, translations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sealed lesson reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading and writing course packs (zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library and progress databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures of catalogs and packs, PIN hashing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>App version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library database schema:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course pack format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HealthTech Toolkit is free software, licensed under %1. It is built on these libraries:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the versions and the data folder, e.g. for a bug report</source>
        <translation type="unfinished" />
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
        <translation>&amp;Anterior</translation>
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
</context>
<context>
    <name>oht::ui::ExternalLinkBar</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
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
        <translation type="unfinished" />
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
        <source>Its lessons and your reading positions will be deleted. You can import the course pack again later.</source>
        <translation>Se borrarán sus lecciones y tus posiciones de lectura. Puedes volver a importar el paquete del curso más adelante.</translation>
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
    <message>
        <source>Cannot read %1 of the course %2: %3</source>
        <translation>No se puede leer %1 del curso %2: %3</translation>
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
        <source>Issued by HealthTech Toolkit %1. The code can be recomputed from the learner's exported learning record.</source>
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
    <name>oht::packio::ReviewNotes</name>
    <message>
        <source>%1 is not a valid review notes file: %2</source>
        <translation>%1 no es un archivo de notas de revisión válido: %2</translation>
    </message>
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
</TS>
