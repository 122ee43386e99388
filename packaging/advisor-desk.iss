; Inno Setup script for the Windows installer (build dist\AdvisorDesk first with
; python packaging\build_bundle.py). Installs per user (no admin rights on a shop PC);
; data stays in %LOCALAPPDATA%\AdvisorDesk and survives updates and uninstall.
#define AppVersion GetEnv("ADVISOR_DESK_VERSION")

[Setup]
AppId={{5B0B6F4E-1E6B-4E5C-9C1A-ADV150RDE5K}
AppName=顾问工作台 Advisor Desk
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\AdvisorDesk
DefaultGroupName=顾问工作台
PrivilegesRequired=lowest
OutputBaseFilename=AdvisorDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\AdvisorDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\顾问工作台"; Filename: "{app}\AdvisorDesk.exe"
Name: "{userdesktop}\顾问工作台"; Filename: "{app}\AdvisorDesk.exe"

[Run]
Filename: "{app}\AdvisorDesk.exe"; Description: "启动顾问工作台"; Flags: nowait postinstall skipifsilent
