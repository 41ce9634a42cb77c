#!/usr/bin/python3
"""A stand-in for the XDG desktop portal's Settings interface, for tests on a private bus.

    fake-portal.py SCHEME      (0 no preference, 1 prefer dark, 2 prefer light)

Owns org.freedesktop.portal.Desktop and serves /org/freedesktop/portal/desktop:
  org.freedesktop.portal.Settings.Read(namespace, key) -> v
      answers like xdg-desktop-portal 1.16 does: the value in a variant inside the variant;
  org.engage.test.FakePortal.SetScheme(u)
      changes color-scheme and emits Settings.SettingChanged, as a desktop switching does.
Prints "ready" once the name is owned. Needs python3-dbus and python3-gi.
"""
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

SETTINGS = "org.freedesktop.portal.Settings"
CONTROL = "org.engage.test.FakePortal"


class Portal(dbus.service.Object):
    def __init__(self, bus, scheme):
        super().__init__(bus, "/org/freedesktop/portal/desktop")
        self.scheme = scheme

    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def Read(self, namespace, key):
        if namespace == "org.freedesktop.appearance" and key == "color-scheme":
            return dbus.UInt32(self.scheme, variant_level=2)
        raise dbus.exceptions.DBusException(
            "Requested setting not found", name="org.freedesktop.portal.Error.NotFound")

    @dbus.service.signal(SETTINGS, signature="ssv")
    def SettingChanged(self, namespace, key, value):
        pass

    @dbus.service.method(CONTROL, in_signature="u", out_signature="")
    def SetScheme(self, scheme):
        self.scheme = int(scheme)
        self.SettingChanged("org.freedesktop.appearance", "color-scheme",
                            dbus.UInt32(self.scheme, variant_level=1))


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
    portal = Portal(bus, int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name, portal


if __name__ == "__main__":
    main()
