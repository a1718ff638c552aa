#pragma once
// Tamper evidence: every posted row carries SHA-256(previous row's hash || canonical
// encoding of the row). The canonical encoding is the table name and the row's fields
// in a fixed order, each as UTF-8 text, separated by 0x1F.
// SHA-256 is OpenSSL's (libcrypto), which uses the CPU's SHA extensions where it has them
// (about 4x Qt's portable implementation on the development machine); the bytes are the same.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace ardesk {

QByteArray canonicalEncoding(const QString &table, std::initializer_list<QVariant> fields);
QByteArray canonicalEncoding(const QString &table, const QVariantList &fields);
QByteArray chainHash(const QByteArray &previousHash, const QByteArray &encoding);
// SHA-256 of the bytes (32 bytes).
QByteArray sha256(QByteArrayView data);

} // namespace ardesk
