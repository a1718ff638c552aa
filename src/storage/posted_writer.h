#pragma once
// Appends rows to a posted (immutable, hash-chained) table. Construct it inside the
// write transaction: it reads the table's last id and hash once and then keeps them,
// so a bulk import pays for the chain with one SHA-256 per row.

#include "book.h"
#include "statement.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace ardesk {

using RowId = qint64;

class PostedWriter final {
public:
    PostedWriter(Book &book, QString table);

    // values: every column of postedColumns(table) except the leading id, in order.
    RowId insert(const QVariantList &values);
    RowId peekNextId() const { return m_lastId + 1; }

    static const QStringList &postedColumns(const QString &table); // id first, hash excluded

private:
    Book &m_book;
    QString m_table;
    std::unique_ptr<Statement> m_insert;
    RowId m_lastId = 0;
    QByteArray m_lastHash;
    QByteArray m_tableUtf8;
    QByteArray m_buffer; // previous hash, then the row's canonical encoding; reused
};

} // namespace ardesk
