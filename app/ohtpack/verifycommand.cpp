#include "verifycommand.h"

#include "console.h"
#include "oht/catalog/keyfile.h"
#include "oht/catalog/packverifier.h"
#include "oht/packio/packinspector.h"

#include <QCommandLineParser>

namespace oht::cli {

QString VerifyCommand::summary() const
{
    return tr("Check that a .ohtpack is intact and signed by a publisher's key");
}

QString VerifyCommand::description() const
{
    return tr("Checks the signature in the pack's signature.json against the public key\n"
              "(a KEYFILE.pub from 'ohtpack keygen' or the key in base64), then checks\n"
              "every file of the pack against the SHA-256 list in the signed pack.json.\n"
              "Exits with 0 when both hold and with 1 otherwise.");
}

void VerifyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("pubkey"), tr("The publisher's public key file or base64 key (required)."),
        QStringLiteral("KEY")));
    parser.addPositionalArgument(QStringLiteral("PACK"), tr("The .ohtpack to check."));
}

int VerifyCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString pack = parser.positionalArguments().constFirst();
    const QString keyArg = parser.value(QStringLiteral("pubkey"));
    if (keyArg.isEmpty()) {
        console.error(tr("verify needs a public key: --pubkey KEY (see 'ohtpack verify --help')"));
        return exitCodeFor(ErrorKind::Usage);
    }
    const auto key = catalog::KeyFile::readPublic(keyArg);
    if (!key) {
        console.error(key.error().message);
        return exitCodeFor(ErrorKind::Usage);
    }
    const auto signer = catalog::PackVerifier(catalog::TrustedKeys({*key})).verifyFile(pack);
    if (!signer) {
        console.error(tr("%1: %2").arg(pack, signer.error().message));
        // A pack that cannot be read says nothing about its signature: an I/O error.
        return exitCodeFor(signer.error().kind == ErrorKind::Io ? ErrorKind::Io
                                                                : ErrorKind::InvalidInput);
    }
    // The signature covers pack.json; the files must still match what it lists.
    const auto inspection = packio::PackInspector().inspect(pack);
    if (!inspection || !inspection->ok()) {
        console.error(tr("%1: the signature is valid, but the pack's files do not match its "
                         "signed manifest (run 'ohtpack validate %1').")
                          .arg(pack));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    console.outLine(tr("%1: valid signature by key %2").arg(pack, key->keyId()));
    return 0;
}

} // namespace oht::cli
