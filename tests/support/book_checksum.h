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

#include <algorithm>
#include <ostream>

namespace ardesk::testsupport {

struct BookChecksum {
    QString digest;      // SHA-256 over all tables and rows
    QStringList counts;  // "table=rows" for the tables that have rows, to read in a failure message
    friend bool operator==(const BookChecksum &a, const BookChecksum &b) { return a.digest == b.digest; }
};

inline BookChecksum bookChecksum(Book &book)
{
    // Rows are encoded one by one and sorted, so that the digest does not depend on the
    // engine's row order (PostgreSQL has no rowid).
    const QStringList tables = book.tableNames();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    BookChecksum result;
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        QSqlQuery q = book.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QList<QByteArray> encoded;
        while (q.next()) {
            QByteArray row("\x1e");
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant value = q.value(i);
                row.append('\x1f');
                if (value.isNull())
                    row.append("\\N");
                else if (value.typeId() == QMetaType::QByteArray)
                    row.append(value.toByteArray().toHex());
                else
                    row.append(value.toString().toUtf8());
            }
            encoded << row;
        }
        std::sort(encoded.begin(), encoded.end());
        for (const QByteArray &row : std::as_const(encoded))
            hash.addData(row);
        const qint64 rows = encoded.size();
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
