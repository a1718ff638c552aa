#include "hash_chain.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace ardesk {

namespace {
void appendField(QByteArray &out, const QVariant &value)
{
    out.append('\x1f');
    if (value.isNull()) {
        out.append("\\N");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out.append(QByteArray::number(value.toLongLong()));
        break;
    case QMetaType::QByteArray:
        out.append(value.toByteArray().toHex());
        break;
    default:
        out.append(value.toString().toUtf8());
    }
}
} // namespace

QByteArray canonicalEncoding(const QString &table, std::initializer_list<QVariant> fields)
{
    QByteArray out = table.toUtf8();
    for (const QVariant &field : fields)
        appendField(out, field);
    return out;
}

QByteArray canonicalEncoding(const QString &table, const QVariantList &fields)
{
    QByteArray out = table.toUtf8();
    for (const QVariant &field : fields)
        appendField(out, field);
    return out;
}

namespace {
// OpenSSL 3's one-shot SHA256() fetches the algorithm from its provider and allocates a
// context on every call (EVP_Q_digest): about a third of the hash's cost for a ledger row.
// The algorithm is fetched once and each thread keeps one context.
struct Sha256Context final {
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Sha256Context()
    {
        EVP_MD_CTX_free(context);
        EVP_MD_free(md);
    }
};
} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    thread_local Sha256Context sha;
    unsigned int size = 0;
    if (sha.md && sha.context && EVP_DigestInit_ex2(sha.context, sha.md, nullptr) == 1
        && EVP_DigestUpdate(sha.context, data.data(), static_cast<size_t>(data.size())) == 1
        && EVP_DigestFinal_ex(sha.context, reinterpret_cast<unsigned char *>(digest.data()), &size) == 1
        && size == SHA256_DIGEST_LENGTH)
        return digest;
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

QByteArray chainHash(const QByteArray &previousHash, const QByteArray &encoding)
{
    return sha256(previousHash + encoding);
}

} // namespace ardesk
