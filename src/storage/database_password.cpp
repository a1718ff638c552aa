#include "database_password.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

namespace ardesk {

namespace {
bool isUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

QMutex g_mutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}
} // namespace

QString locationWithoutPassword(const QString &location)
{
    if (!isUrl(location))
        return location;
    const QUrl url(location);
    if (url.password().isEmpty())
        return location;
    return url.toString(QUrl::RemovePassword);
}

void rememberDatabasePassword(const QString &location, const QString &password)
{
    const QMutexLocker lock(&g_mutex);
    passwords().insert(locationWithoutPassword(location), password);
}

void forgetDatabasePassword(const QString &location)
{
    const QMutexLocker lock(&g_mutex);
    passwords().remove(locationWithoutPassword(location));
}

QString rememberedDatabasePassword(const QString &location)
{
    const QMutexLocker lock(&g_mutex);
    return passwords().value(locationWithoutPassword(location));
}

bool isDatabasePasswordError(const QString &location, const Error &error)
{
    if (!isUrl(location))
        return false;
    const QString &text = error.message;
    return text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("password authentication failed"))
            || text.contains(QLatin1String("SCRAM")) || text.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace ardesk
