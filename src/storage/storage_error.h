#pragma once
// Storage errors. Style of this layer: functions may throw StorageError internally;
// services catch it at their boundary and turn it into ardesk::Error. No exception
// leaves the services layer.

#include <QString>

#include <stdexcept>

namespace ardesk {

class StorageError final : public std::runtime_error {
public:
    explicit StorageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace ardesk
