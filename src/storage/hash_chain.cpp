#include "hash_chain.h"

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

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

QByteArray chainHash(const QByteArray &previousHash, const QByteArray &encoding)
{
    return sha256(previousHash + encoding);
}

} // namespace ardesk
