#include "keygencommand.h"

#include "console.h"
#include "oht/catalog/keyfile.h"

#include <QCommandLineParser>

namespace oht::cli {

QString KeygenCommand::summary() const
{
    return tr("Create a publisher's signing key pair");
}

QString KeygenCommand::description() const
{
    return tr("Writes a new Ed25519 secret key to KEYFILE (readable by you only; keep it\n"
              "safe and never publish it) and the public key to KEYFILE.pub, and prints\n"
              "the key id and the public key that learners add as a trusted publisher.\n"
              "An existing KEYFILE is never overwritten.");
}

void KeygenCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("Where to write the secret key (required)."),
                                        QStringLiteral("KEYFILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                        tr("The publisher's name, stored with the key."),
                                        QStringLiteral("NAME")));
}

int KeygenCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        console.error(tr("keygen needs an output file: -o KEYFILE (see 'ohtpack keygen --help')"));
        return exitCodeFor(ErrorKind::Usage);
    }
    const auto keys = catalog::Ed25519::generate();
    if (!keys) {
        console.error(keys.error().message);
        return exitCodeFor(keys.error().kind);
    }
    const QString name = parser.value(QStringLiteral("name"));
    if (auto r = catalog::KeyFile::write(path, *keys, name); !r) {
        console.error(tr("cannot create %1: %2").arg(path, r.error().message));
        return exitCodeFor(r.error().kind);
    }
    const catalog::PublisherKey key{name, keys->publicKey};
    console.outLine(tr("Secret key: %1 (keep it private)").arg(path));
    console.outLine(tr("Public key: %1.pub").arg(path));
    console.outLine(tr("Key id:     %1").arg(key.keyId()));
    console.outLine(tr("Trust with: %1").arg(key.publicKeyBase64()));
    return 0;
}

} // namespace oht::cli
