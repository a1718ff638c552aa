#pragma once
// A checksum of every row of every table of a book, to prove that a refused operation or
// import left the book's data exactly as it was. Header-only (every test folder is one
// executable).

#include "storage/book.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <ostream>

namespace ardesk::testsupport {

struct BookChecksum {
    QString digest;      // SHA-256 over all tables and rows
    QStringList counts;  // "table=rows" for the tables that have rows, to read in a failure message
    friend bool operator==(const BookChecksum &a, const BookChecksum &b) { return a.digest == b.digest; }
};

inline BookChecksum bookChecksum(Book &book)
{
    QStringList tables;
    {
        QSqlQuery q = book.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    BookChecksum result;
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        QSqlQuery q = book.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            hash.addData(QByteArrayView("\x1e"));
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant value = q.value(i);
                hash.addData(QByteArrayView("\x1f"));
                if (value.isNull())
                    hash.addData(QByteArrayView("\\N"));
                else if (value.typeId() == QMetaType::QByteArray)
                    hash.addData(value.toByteArray().toHex());
                else
                    hash.addData(value.toString().toUtf8());
            }
        }
        if (rows > 0)
            result.counts << QStringLiteral("%1=%2").arg(table).arg(rows);
    }
    result.digest = QString::fromLatin1(hash.result().toHex());
    return result;
}

inline std::ostream &operator<<(std::ostream &out, const BookChecksum &checksum)
{
    return out << checksum.digest.left(16).toStdString() << " [" << checksum.counts.join(u' ').toStdString() << "]";
}

} // namespace ardesk::testsupport
