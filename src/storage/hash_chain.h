#pragma once
// Tamper evidence: every posted row carries SHA-256(previous row's hash || canonical
// encoding of the row). The canonical encoding is the table name and the row's fields
// in a fixed order, each as UTF-8 text, separated by 0x1F.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace ardesk {

QByteArray canonicalEncoding(const QString &table, std::initializer_list<QVariant> fields);
QByteArray canonicalEncoding(const QString &table, const QVariantList &fields);
QByteArray chainHash(const QByteArray &previousHash, const QByteArray &encoding);

} // namespace ardesk
