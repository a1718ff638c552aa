# CPack: the Debian package of ardesk (scripts/package.sh builds it and prints its path).
# Installs under /usr: the two executables, the desktop integration of resources/desktop
# and the documents. Dependencies: the shared libraries the executables link (Qt, spdlog,
# libsodium, libxlsxwriter, ...) come from dpkg-shlibdeps; the plug-ins Qt loads at run time
# are named here, since no linker sees them.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ardesk)
set(CPACK_PACKAGE_VENDOR "the ardesk developers")
set(CPACK_PACKAGE_CONTACT "ardesk developers <ardesk@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "accounts receivable on the desktop")
set(CPACK_PACKAGE_DESCRIPTION
    "ardesk keeps an accounts-receivable department's book: customers, invoices, credit notes
and payments, the open items, aging and the collectors' work queues. It has a Qt desktop
program (ardesk) and a command-line tool (ardesk-cli) for imports and reports.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver opens every book; the xcb platform plug-in shows the window.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Team mode (PostgreSQL books), the icon theme the icons go into, and the databases the
# launcher and the *.ardesk type are registered in (their dpkg triggers refresh them).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, hicolor-icon-theme, shared-mime-info, desktop-file-utils")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://ardesk.invalid/")
# Directories such as /usr/share/icons/hicolor/... belong to other packages: own files only.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
include(CPack)
