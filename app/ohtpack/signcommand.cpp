#include "signcommand.h"

#include "console.h"
#include "oht/catalog/keyfile.h"
#include "oht/catalog/packsigner.h"

#include <QCommandLineParser>

namespace oht::cli {

QString SignCommand::summary() const
{
    return tr("Sign a built .ohtpack with a publisher's secret key");
}

QString SignCommand::description() const
{
    return tr("Checks the pack as an import would, then signs its pack.json (which lists\n"
              "the SHA-256 of every other file) with Ed25519 and stores the signature as\n"
              "signature.json inside the pack. pack.json itself is not changed. Signing\n"
              "again replaces the signature. See docs/catalog-format.md.");
}

void SignCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("key"),
                                        tr("The secret key file from 'ohtpack keygen' (required)."),
                                        QStringLiteral("KEYFILE")));
    parser.addPositionalArgument(QStringLiteral("PACK"), tr("The built .ohtpack to sign."));
}

int SignCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString pack = parser.positionalArguments().constFirst();
    const QString keyPath = parser.value(QStringLiteral("key"));
    if (keyPath.isEmpty()) {
        console.error(tr("sign needs a secret key: --key KEYFILE (see 'ohtpack sign --help')"));
        return exitCodeFor(ErrorKind::Usage);
    }
    const auto keys = catalog::KeyFile::readSecret(keyPath);
    if (!keys) {
        console.error(keys.error().message);
        return exitCodeFor(keys.error().kind);
    }
    const auto signature = catalog::PackSigner(*keys).sign(pack);
    if (!signature) {
        console.error(tr("cannot sign %1: %2").arg(pack, signature.error().message));
        return exitCodeFor(signature.error().kind);
    }
    console.outLine(tr("Signed %1 with key %2").arg(pack, signature->keyId));
    return 0;
}

} // namespace oht::cli
