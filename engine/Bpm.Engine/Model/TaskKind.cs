namespace Bpm.Engine.Model;

public enum TaskKind { Undefined, Manual, Service, Script, User, Receive, Send, BusinessRule }
