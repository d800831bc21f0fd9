<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>oht</name>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is longer than 1024 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a &quot;..&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a &quot;.&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains an empty segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a colon, which Windows cannot store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::Error</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::archive::ZipReader</name>
    <message>
        <source>The archive has no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::archive::detail</name>
    <message>
        <source>symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::ByteBudget</name>
    <message>
        <source>Entry &quot;%1&quot; unpacks to more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 in total (limit reached in entry &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 times its own size (at entry &quot;%2&quot;): it looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::EntryChecker</name>
    <message>
        <source>The archive has more than %1 entries (entry &quot;%2&quot; is one too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #%1 has a name that is not valid UTF-8 (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged at entry &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses the compression method &quot;%2&quot;; packs use deflate or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a control character in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a backslash in its name; pack paths use &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; starts with a drive letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; points outside the pack (&quot;..&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an unsafe name: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a hard link, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a %2, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears more than once in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries &quot;%1&quot; and &quot;%2&quot; differ only by letter case or Unicode normalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a file, but &quot;%2&quot; uses it as a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is inside &quot;%2&quot;, which is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder entry &quot;%1&quot; has the name of the file &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::archive::detail::ReadSession</name>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is incomplete: its central directory is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read %1 of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is incomplete: %1 is cut short (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::library</name>
    <message>
        <source>Updating the library to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::library::Database</name>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database %1 cannot use write-ahead logging (mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::library::Migrations</name>
    <message>
        <source>The library %1 was written by a newer version of the app (schema %2; this app knows up to %3). Update the app; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::ManifestReader</name>
    <message>
        <source>The pack must have at least one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module id &quot;%1&quot; is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no items; a module needs at least one lesson or quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item id &quot;%1&quot; is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of %1 is &quot;%2&quot;; it must be &quot;lesson&quot; or &quot;quiz&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &quot;files&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;files&quot; entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 in %1 must be 64 lower-case hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size in %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; must not list pack.json itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; lists %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack uses format version %1, but this app reads only version %2. Install a newer version of the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format version must be 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack id &quot;%1&quot; is not valid: use 3 to 100 characters of a-z, 0-9, dots and hyphens, starting with a letter, like &quot;org.example.course&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is not a semantic version like 1.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack title must have 1 to 200 characters; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not a BCP 47 language tag like &quot;en&quot;, &quot;en-GB&quot; or &quot;pt-BR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum app version &quot;%1&quot; is not a semantic version like 0.1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest must name at least one author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of author %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence &quot;%1&quot; is not an SPDX licence expression like &quot;CC-BY-4.0&quot; or &quot;CC-BY-SA-4.0 OR MIT&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence &quot;%1&quot; is not one this app knows. Check the spelling against the SPDX licence list, or use &quot;LicenseRef-...&quot; for a licence of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in &quot;%2&quot; is not a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 is before the creation date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 must be text, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice, by %2 and by %3. Module and item ids must be unique in the whole pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::Parser</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITH must be followed by an exception id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many nested parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;(&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence id is missing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence id is missing before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid licence id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::QuizReader</name>
    <message>
        <source>The id &quot;%1&quot; in %2 is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice in %2; ids must be unique within a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 options; it needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two options with the text &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is single choice but no option is marked correct; mark exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is single choice but %2 options are marked correct; mark exactly one, or make it a multiple-choice question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is multiple choice but no option is marked correct; mark at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance of %1 is %2; it cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a text question without any accepted answer; list at least one in &quot;accept&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answer %1 of %2 must be text, but it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answer %1 of %2 is empty, which would accept a blank answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items to order; it needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two items with the text &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pairs to match; it needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two pairs with the same left side &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two pairs with the same right side &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz uses format version %1, but this app reads only version %2. Install a newer version of the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format version must be 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass mark is %1; it must be a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz mode is &quot;%1&quot;; it must be &quot;immediate&quot; or &quot;exam&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz must have at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is not valid: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two questions have the id &quot;%1&quot;; question ids must be unique within the quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of %1 is &quot;%2&quot;; it must be one of single, multiple, truefalse, numeric, text, ordering or matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worth %2 points; points must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; of %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packformat::detail::SchemaReader</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object ({ ... }), but it holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in %2 must be %3, but it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; in %3 must be an object ({ ... }), but it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in %2 is not part of the pack format and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once in the same object; only the last one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packio</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packio::PackBuilder</name>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pack outside its source folder: %1 is inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has %n error(s); no pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packio::PackContentSink</name>
    <message>
        <source>pack.json is larger than the %1 MiB allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson %1 is larger than the %2 MiB allowed for a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz %1 is larger than the %2 MiB allowed for a quiz.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::packio::PackInspector</name>
    <message>
        <source>%1 is neither a pack file nor a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pack.json at its root.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::toolkit::main</name>
    <message>
        <source>HealthTech Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::CourseInfoPanel</name>
    <message>
        <source>About this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with the first lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the first lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review date passed on %1. Health and regulatory content changes: check important facts against current sources, and look for a newer version of this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::CoursePage</name>
    <message>
        <source>◀ &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this &amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson or quiz (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson or quiz (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules, lessons and quizzes. Press Enter to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course “%1” has no lesson or quiz with the id “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course has no item “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: %1

Taking quizzes in the app comes with the next version. Use Next to continue with the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file of this course, not a lesson, so it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::ExternalLinkBar</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss link notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads outside the course and was not opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::ImportController</name>
    <message>
        <source>Course packs (*.ohtpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed “%1” (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated “%1” to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” version %2 is already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the older version %2 of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::LaunchOptions</name>
    <message>
        <source>Use the library in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a course, or one of its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a course id, or a course id and an item id separated by “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::LessonArea</name>
    <message>
        <source>Lesson error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::LibraryPage</name>
    <message>
        <source>The library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses are installed yet.

Import a course pack (.ohtpack) with the button below, from File ▸ Import Course…, or drop the file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the courses whose title, language or version contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::MainWindow</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Your library has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course pack was refused. Your library has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HealthTech Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthTech Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — HealthTech Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed course has the id “%1”. The library lists the installed courses; import the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Course Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from your library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lessons and your reading positions will be deleted. You can import the course pack again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HealthTech Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HealthTech Toolkit %1&lt;/h3&gt;&lt;p&gt;Offline courses about health technology, made for One HealthTech.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::OutlineModel</name>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::PackListModel</name>
    <message>
        <source>Review date passed on %1: some content may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::SearchDialog</name>
    <message>
        <source>Search All Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons in every course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find; use quotes for a phrase. Up and Down choose a result, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search the lessons of every installed course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson contains “%1”. Check the spelling or try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) found. Press Enter to open the selected one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oht::ui::SearchResultModel</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::ui::ShortcutsDialog</name>
    <message>
        <source>Search all courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a course pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected course, lesson or search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected course (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson or quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson or quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger / smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the outline, the lesson and the buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::web::FindBar</name>
    <message>
        <source>Find in lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::web::LessonView</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oht::web::LibraryPackContent</name>
    <message>
        <source>The course %1 has no lesson %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 of the course %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
