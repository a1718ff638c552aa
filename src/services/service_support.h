#pragma once
// Shared plumbing of the services: run a unit of work in one transaction, turning any
// StorageError into an Error so no exception leaves the services layer.

#include "session.h"

#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <exception>

namespace ardesk {

template <typename F>
auto inTransaction(Book &book, F &&work) -> decltype(work())
{
    using R = decltype(work());
    try {
        Transaction transaction(book);
        R result = work();
        if (result)
            transaction.commit();
        return result;
    } catch (const StorageError &error) {
        return std::unexpected(Error::storage(error.message()));
    } catch (const std::exception &error) {
        return std::unexpected(Error::storage(QString::fromUtf8(error.what())));
    }
}

template <typename F>
auto reading(F &&work) -> decltype(work())
{
    try {
        return work();
    } catch (const StorageError &error) {
        return std::unexpected(Error::storage(error.message()));
    } catch (const std::exception &error) {
        return std::unexpected(Error::storage(QString::fromUtf8(error.what())));
    }
}

inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace ardesk
