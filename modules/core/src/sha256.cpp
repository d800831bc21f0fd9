#include "oht/core/sha256.h"

#include <QIODevice>
#include <openssl/evp.h>

namespace oht {

namespace {
// On the stack: a heap block per call would be a fresh mapping (and page faults) for each
// of the thousands of small files a pack holds.
constexpr qint64 kReadBlock = 32 * 1024;
} // namespace

struct Sha256::Context
{
    Context() : ctx(EVP_MD_CTX_new()) { start(); }
    ~Context() { EVP_MD_CTX_free(ctx); }

    void start()
    {
        digest.clear();
        // Only fails when out of memory; an unusable context would then crash on first use
        // anyway, so there is nothing better to do than to make that loud.
        if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1)
            qFatal("SHA-256: OpenSSL could not initialise a digest context");
    }

    EVP_MD_CTX *ctx;
    QByteArray digest; // set once finished
};

Sha256::Sha256() : d(std::make_unique<Context>()) {}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    Q_ASSERT_X(d->digest.isEmpty(), "Sha256::addData", "data added after result()");
    if (!data.isEmpty())
        EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice *device)
{
    if (!device->isReadable())
        return false;
    char block[kReadBlock];
    while (!device->atEnd()) {
        const qint64 n = device->read(block, kReadBlock);
        if (n <= 0)
            return false;
        addData(QByteArrayView(block, n));
    }
    return true;
}

QByteArray Sha256::result()
{
    if (d->digest.isEmpty()) {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(d->ctx, out, &size);
        d->digest = QByteArray(reinterpret_cast<const char *>(out), int(size));
    }
    return d->digest;
}

void Sha256::reset()
{
    d->start();
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace oht
