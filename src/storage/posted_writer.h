#pragma once
// Appends rows to a posted (immutable, hash-chained) table. Construct it inside the
// write transaction: it reads the table's last id and hash once and then keeps them,
// so a bulk import pays for the chain with one SHA-256 per row.

#include "book.h"
#include "statement.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>

namespace ardesk {

using RowId = qint64;

// One value of a posted row, typed (no QVariant to build and unpack per value): a whole
// number, text (a null QString is stored and hashed as ""), or NULL. It refers to the text
// it was made from: use it within the call that receives it.
class PostedValue final {
public:
    enum class Type { Null, Integer, Text };
    template <std::integral T>
    PostedValue(T number) : m_type(Type::Integer), m_number(static_cast<qint64>(number)) {}
    PostedValue(const QString &text) : m_type(Type::Text), m_text(&text) {}
    PostedValue(std::optional<std::int64_t> id) // NULL when empty
        : m_type(id ? Type::Integer : Type::Null), m_number(id.value_or(0)) {}
    static PostedValue null() { return PostedValue(std::optional<std::int64_t>()); }

    Type type() const { return m_type; }
    qint64 number() const { return m_number; }
    const QString &text() const { return *m_text; }

private:
    Type m_type = Type::Null;
    qint64 m_number = 0;
    const QString *m_text = nullptr;
};

class PostedWriter final {
public:
    PostedWriter(Book &book, QString table);

    // values: every column of postedColumns(table) except the leading id, in order.
    RowId insert(std::initializer_list<PostedValue> values);
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
